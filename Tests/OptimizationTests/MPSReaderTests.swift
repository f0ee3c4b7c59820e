import Testing
@testable import Optimization

/// The MPS reader: every section in both layouts, and one wrong thing at a time.
@Suite struct MPSReaderTests {
    /// Every section of free MPS, with the values it must produce.
    static let everySection = """
        * a comment line
        NAME          ALL SECTIONS
        OBJSENSE MAX
        ROWS
         N  profit
         E  eqpos
         E  eqneg
         L  less
         G  more
         N  spare
        COLUMNS
            x  profit  1  eqpos  2
            x  less  1
            MARKER  'MARKER'  'INTORG'
            k  profit  2  eqneg  1
            k  more  -1
            MARKER  'MARKER'  'INTEND'
            y  spare  5  more  3.5e-1
        RHS
            RHS  profit  -7  eqpos  4
            RHS  eqneg  1  less  10
            RHS  more  -2
        RANGES
            RNG  eqpos  3  eqneg  -2
            RNG  less  4  more  -6
        BOUNDS
         UP BND  x  8
         LO BND  x  -1
         UI BND  k  9
         FR BND  y
        ENDATA
        """

    @Test func freeFormatEverySection() throws {
        let file = try MPSReader.parse(Self.everySection, path: "all.mps")
        let p = file.problem
        #expect(file.format == .free)
        #expect(p.name == "ALL SECTIONS")
        #expect(p.sense == .maximize)
        #expect(p.objectiveName == "profit")
        #expect(p.objectiveOffset == 7)
        #expect(p.rowNames == ["eqpos", "eqneg", "less", "more", "spare"])
        #expect(p.columnNames == ["x", "k", "y"])
        #expect(p.objective == [1, 2, 0])
        #expect(p.rowLower == [4, -1, 6, -2, -.infinity])
        #expect(p.rowUpper == [7, 1, 10, 4, .infinity])
        #expect(p.columnLower == [-1, 0, -.infinity])
        #expect(p.columnUpper == [8, 9, .infinity])
        #expect(p.integerColumns == [1])
        #expect(p.constraints[0, 0] == 2 && p.constraints[2, 0] == 1 && p.constraints[1, 1] == 1)
        #expect(p.constraints[3, 1] == -1 && p.constraints[4, 2] == 5 && p.constraints[3, 2] == 0.35)
        #expect(p.constraints.nonzeros == 6)
    }

    @Test func fixedFormatWithSpacesInNames() throws {
        let file = try MPSReader.read(path: fixtures.appendingPathComponent("diet_fixed.mps").path)
        #expect(file.format == .fixed)
        #expect(file.problem.columnNames == ["FOOD A", "FOOD B"])
        #expect(file.problem.rowNames == ["KCAL MIN", "PROTEIN"])
        #expect(file.problem.rowLower == [4, 6])
        #expect(file.problem.columnUpper == [100, .infinity])
    }

    @Test func fixedFormatSectionsAndObjectiveSenseOnItsOwnLine() throws {
        let text = """
            NAME          FIXED
            OBJSENSE
                MAXIMIZE
            ROWS
             N  COST
             L  LIM 1
            COLUMNS
                X ONE     COST      1.0            LIM 1     2.0
            RHS
                          LIM 1     8.0
            RANGES
                RNG       LIM 1     3.0
            BOUNDS
             MI BOUNDS    X ONE
             UP BOUNDS    X ONE     5.0
            ENDATA
            """
        let file = try MPSReader.parse(text, format: .fixed)
        #expect(file.problem.sense == .maximize)
        #expect(file.problem.rowLower == [5] && file.problem.rowUpper == [8])
        #expect(file.problem.columnLower == [-.infinity] && file.problem.columnUpper == [5])
        let detected = try MPSReader.parse(text)
        #expect(detected.format == .fixed)
    }

    @Test func negativeUpperBoundAloneMakesTheLowerBoundInfinite() throws {
        let file = try MPSReader.parse("""
            NAME N
            ROWS
             N obj
            COLUMNS
                x obj 1
                z obj 1
            BOUNDS
             UP BND x -4
             LO BND z -3
             UP BND z -1
            ENDATA
            """)
        #expect(file.problem.columnLower == [-.infinity, -3])
        #expect(file.problem.columnUpper == [-4, -1])
        #expect(file.warnings.count == 1)
    }

    @Test func largeMagnitudesAreInfiniteAndOtherSetsIgnored() throws {
        let file = try MPSReader.parse("""
            NAME N
            ROWS
             N obj
             G r
            COLUMNS
                x obj 1 r 1
            RHS
                A r 2
                B r 3
            BOUNDS
             LO BND x -1e30
             UP BND x 1e20
            ENDATA
            """)
        #expect(file.problem.rowLower == [2])
        #expect(file.problem.columnLower == [-.infinity] && file.problem.columnUpper == [.infinity])
        #expect(file.warnings.contains { $0.contains("'B'") })
    }

    /// One wrong thing per case: the message, line and column that must come back.
    static let errors: [(String, String, Int, Int?)] = [
        ("ROWS\n N obj\nCOLUMNS\n x obj 1 nope 2\nENDATA\n", "expected a row declared in ROWS, found 'nope'", 4, 10),
        ("ROWS\n N obj\n L r\nCOLUMNS\n x r 1.2.3\nENDATA\n", "expected a number for the coefficient, found '1.2.3'", 5, 6),
        ("ROWS\n N obj\n L r\nCOLUMNS\n x r nan\nENDATA\n", "expected a number for the coefficient, found 'nan'", 5, 6),
        ("ROWS\n N obj\n L r\nCOLUMNS\n x r 1\n x r 2\nENDATA\n", "expected one entry for (row 'r', column 'x'), found a second", 6, 4),
        ("ROWS\n N obj\n X r\nENDATA\n", "expected a row type N, E, L or G, found 'X'", 3, 2),
        ("ROWS\n N obj\n L r\n L r\nENDATA\n", "expected a new row name, found 'r' again", 4, 4),
        ("ROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n UP BND y 1\nENDATA\n", "expected a column declared in COLUMNS, found 'y'", 6, 9),
        ("ROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n XX BND x 1\nENDATA\n", "expected a bound type UP, LO, FX, FR, MI, PL, BV, LI or UI, found 'XX'", 6, 2),
        ("ROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n UP BND x 1\n LO BND x 2\nENDATA\n", "expected lower bound <= upper bound for column 'x', found [2.0, 1.0]", 7, 2),
        ("ROWS\n N obj\nCOLUMNS\n x obj 1\n", "expected ENDATA, found the end of the file", 5, nil),
        ("ROWS\n N obj\nCOLUMNS\n x obj 1\nQUADOBJ\n x x 1\nENDATA\n", "expected a linear program, found section QUADOBJ", 5, 1),
        ("ROWS\n N obj\nCOLUMNZ\nENDATA\n", "expected a section (NAME, OBJSENSE, ROWS, COLUMNS, RHS, RANGES, BOUNDS, ENDATA), found 'COLUMNZ'", 3, 1),
        ("ROWS\n N obj\n E r\nCOLUMNS\n x r 1\nRHS\n RHS r 1e30\nENDATA\n", "expected a finite right-hand side for E row 'r'", 7, nil),
        ("ROWS\n L r\nCOLUMNS\n x r 1\nENDATA\n", "expected an objective row (type N) in ROWS, found none", -1, nil),
        ("ROWS\n N obj\nCOLUMNS\n x obj 1 obj\nENDATA\n", "expected 'column row value [row value]' (3 or 5 fields), found 4 fields", 4, 2),
        ("OBJSENSE\n    UP\nROWS\n N obj\nENDATA\n", "expected MAX or MIN, found 'UP'", 2, 5),
    ]

    @Test(arguments: errors.indices)
    func errorNamesLineAndColumn(_ k: Int) {
        let (text, message, line, column) = Self.errors[k]
        do {
            _ = try MPSReader.parse(text, path: "bad.mps", format: .free)
            Issue.record("case \(k): expected an error: \(message)")
        } catch {
            #expect(error.kind == .invalid)
            #expect(error.message.hasPrefix(message), "case \(k): \(error.message)")
            #expect(error.line == (line < 0 ? nil : line), "case \(k): line \(String(describing: error.line))")
            if let column { #expect(error.column == column, "case \(k): column \(String(describing: error.column))") }
            #expect(error.description.hasPrefix("bad.mps:"))
        }
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: MPSError.self) { try MPSReader.read(path: "/no/such/model.mps") }
        do { _ = try MPSReader.read(path: "/no/such/model.mps") } catch {
            #expect(error.kind == .unreadable)
            #expect(error.description == "/no/such/model.mps: error: no such file")
        }
    }

    /// With automatic detection a file that fails both layouts reports the free-format error.
    @Test func automaticDetectionReportsTheFreeFormatError() {
        do {
            _ = try MPSReader.parse("ROWS\n N obj\nCOLUMNS\n x obj 1 nope 2\nENDATA\n", path: "bad.mps")
        } catch {
            #expect(error.line == 4 && error.message.contains("'nope'"))
        }
    }
}
