import Testing
@testable import Scenario

/// A row as the reader sees it: the line it starts on and its field texts.
struct Row: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    var description: String { "\(line): \(fields)" }
}

/// All rows of `bytes`.
func rows(_ bytes: [UInt8]) throws -> [Row] {
    var reader = try CSVReader(bytes: bytes, file: "test.csv")
    var result: [Row] = []
    while try reader.nextRow() {
        result.append(Row(line: reader.rowLine, fields: reader.fields.indices.map { reader.text($0) }))
    }
    return result
}

func rows(_ text: String) throws -> [Row] { try rows(Array(text.utf8)) }

/// The `ScenarioError` that reading all of `text` throws.
func csvError(_ text: String) throws -> ScenarioError {
    let error = #expect(throws: ScenarioError.self) { _ = try rows(text) }
    return try #require(error)
}

@Suite("CSVReader")
struct CSVReaderTests {
    @Test("plain rows, with and without a final line end")
    func plain() throws {
        #expect(try rows("a,b,c\n1,2,3\n") == [Row(line: 1, fields: ["a", "b", "c"]), Row(line: 2, fields: ["1", "2", "3"])])
        #expect(try rows("a,b\n1,2") == [Row(line: 1, fields: ["a", "b"]), Row(line: 2, fields: ["1", "2"])])
        #expect(try rows("") == [])
    }

    @Test("a quoted field may hold commas")
    func quotedComma() throws {
        #expect(try rows("a,\"b,c\",d\n") == [Row(line: 1, fields: ["a", "b,c", "d"])])
    }

    @Test("doubled quotes inside a quoted field are one quote")
    func doubledQuotes() throws {
        #expect(try rows("\"say \"\"hi\"\"\",x\n\"\"\"\",\"\"\n") == [
            Row(line: 1, fields: ["say \"hi\"", "x"]), Row(line: 2, fields: ["\"", ""]),
        ])
    }

    @Test("an embedded line break keeps the line numbers of later rows right")
    func embeddedNewline() throws {
        let text = "id,note\n1,\"first\nsecond\nthird\"\n2,plain\n3,\"x\"\n"
        #expect(try rows(text) == [
            Row(line: 1, fields: ["id", "note"]), Row(line: 2, fields: ["1", "first\nsecond\nthird"]),
            Row(line: 5, fields: ["2", "plain"]), Row(line: 6, fields: ["3", "x"]),
        ])
        // A field after the embedded break is located on the line where it really is.
        var reader = try CSVReader(bytes: Array("1,\"a\nb\",c\n".utf8), file: "t.csv")
        #expect(try reader.nextRow())
        #expect(reader.location(1) == SourceLocation(file: "t.csv", line: 1, column: 3))
        #expect(reader.location(2) == SourceLocation(file: "t.csv", line: 2, column: 4))
    }

    @Test("CRLF line ends leave no carriage return in the last field")
    func crlf() throws {
        #expect(try rows("a,b\r\n1,\"2\"\r\n3,4\r\n") == [
            Row(line: 1, fields: ["a", "b"]), Row(line: 2, fields: ["1", "2"]), Row(line: 3, fields: ["3", "4"]),
        ])
        #expect(try rows("a,\"x\r\ny\"\r\nb,c") == [Row(line: 1, fields: ["a", "x\r\ny"]), Row(line: 3, fields: ["b", "c"])])
    }

    @Test("a lone carriage return is data, not a line end")
    func loneCarriageReturn() throws {
        #expect(try rows("a\rb,c\n") == [Row(line: 1, fields: ["a\rb", "c"])])
    }

    @Test("a byte-order mark is skipped and does not shift columns")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,x\n1,2\n".utf8)
        #expect(try rows(bytes) == [Row(line: 1, fields: ["id", "x"]), Row(line: 2, fields: ["1", "2"])])
        var reader = try CSVReader(bytes: bytes, file: "t.csv")
        #expect(try reader.nextRow())
        #expect(reader.location(0).column == 1 && reader.location(1).column == 4)
    }

    @Test("blank lines are skipped but counted")
    func blankLines() throws {
        #expect(try rows("\na,b\n\n\r\n\n1,2\n\n") == [Row(line: 2, fields: ["a", "b"]), Row(line: 6, fields: ["1", "2"])])
    }

    @Test("a trailing comma makes an empty last field")
    func trailingComma() throws {
        #expect(try rows("a,b,\n1,2,\r\n3,4,") == [
            Row(line: 1, fields: ["a", "b", ""]), Row(line: 2, fields: ["1", "2", ""]), Row(line: 3, fields: ["3", "4", ""]),
        ])
        var reader = try CSVReader(bytes: Array("a,".utf8), file: "t.csv")
        #expect(try reader.nextRow())
        #expect(reader.isEmpty(1) && reader.location(1).column == 3)
    }

    @Test("unquoted text is trimmed, quoted text is kept as written")
    func spaces() throws {
        #expect(try rows(" a ,\" b \"\n") == [Row(line: 1, fields: ["a", " b "])])
        #expect(try rows("x, \"y\"\n") == [Row(line: 1, fields: ["x", "\"y\""])], "a quote not at the start of a field is data")
    }

    @Test("numbers, empty fields and columns of multi-byte text")
    func fieldAccess() throws {
        var reader = try CSVReader(bytes: Array("é,ü, -1.5 ,x,\n".utf8), file: "t.csv")
        #expect(try reader.nextRow())
        #expect(reader.location(2).column == 5, "columns count characters, not bytes")
        #expect(reader.number(2) == -1.5)
        #expect(reader.number(3) == nil)
        #expect(reader.isEmpty(4) && !reader.isEmpty(3))
    }

    @Test("an unclosed quote is reported where it opens")
    func unclosedQuote() throws {
        let error = try csvError("id,x\n1,\"open\n2,3\n")
        #expect(error.kind == .syntax)
        #expect(error.location == SourceLocation(file: "test.csv", line: 2, column: 3))
        #expect(error.expected.contains("a closing quote") && error.found == "the end of the file")
    }

    @Test("text after a closing quote is an error at that text")
    func textAfterQuote() throws {
        let error = try csvError("a,\"b\"c\n")
        #expect(error.kind == .syntax)
        #expect(error.location == SourceLocation(file: "test.csv", line: 1, column: 6))
        #expect(error.found == "'c'")
    }

    @Test("a bad byte after a byte-order mark is at the column a text editor shows")
    func notUTF8AfterBOM() throws {
        let error = #expect(throws: ScenarioError.self) { _ = try rows([0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0xFF]) }
        #expect(error?.location == SourceLocation(file: "test.csv", line: 1, column: 3))
    }

    @Test("bytes that are not UTF-8 are reported at their line and column")
    func notUTF8() throws {
        let error = #expect(throws: ScenarioError.self) { _ = try rows(Array("a,b\nc,dé".utf8) + [0xC3, 0x28]) }
        #expect(error?.kind == .syntax)
        #expect(error?.location == SourceLocation(file: "test.csv", line: 2, column: 5))
        #expect(error?.found == "the byte 0xC3")
    }
}
