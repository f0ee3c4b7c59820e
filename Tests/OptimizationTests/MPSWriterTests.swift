import Testing
@testable import Optimization

/// The writer writes what the reader reads: read, write, read gives an equal problem.
@Suite struct MPSWriterTests {
    static let freeFixtures = catalogue.map(\.file).filter { $0 != "diet_fixed.mps" }

    @Test(arguments: freeFixtures)
    func fixtureRoundTrip(_ file: String) throws {
        let problem = try fixture(file)
        let again = try MPSReader.parse(try MPSWriter.text(problem), path: file).problem
        #expect(again == problem)
    }

    @Test func randomProblemRoundTripsBitForBit() throws {
        let problem = try randomFeasibleLP(rows: 40, columns: 70, density: 0.1, seed: 7)
        let again = try MPSReader.parse(try MPSWriter.text(problem)).problem
        #expect(again == problem)
        #expect(again.rowLower.map(\.bitPattern) == problem.rowLower.map(\.bitPattern))
        #expect(again.constraints.values.map(\.bitPattern) == problem.constraints.values.map(\.bitPattern))
    }

    @Test func rangesRoundTripExactlyEvenWhenSubtractionRounds() throws {
        let lower = 0.1, upper = 1e16 + 2
        #expect(lower + MPSWriter.range(lower, upper) == upper)
        let a = try SparseMatrix(dense: [[1]])
        let problem = try LinearProgram(
            objective: [1], constraints: a, rowLower: [lower], rowUpper: [upper], columnLower: [0], columnUpper: [.infinity])
        #expect(try MPSReader.parse(try MPSWriter.text(problem)).problem == problem)
    }

    @Test func namesWithSpacesCannotBeWrittenAsFreeMPS() throws {
        let problem = try fixture("diet_fixed.mps")
        #expect(throws: MPSError.self) { try MPSWriter.text(problem) }
    }

    /// A written LP solves to the same objective as the original.
    @Test func writtenProblemSolvesToTheSameObjective() throws {
        let problem = try fixture("presolve.mps")
        let again = try MPSReader.parse(try MPSWriter.text(problem)).problem
        #expect(solve(again).objective == solve(problem).objective)
    }
}
