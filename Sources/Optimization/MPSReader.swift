import Foundation

/// A linear program read from an MPS file, with what the reader noticed.
public struct MPSFile: Sendable {
    public var problem: LinearProgram
    /// The layout the file was read in.
    public var format: MPSFormat
    /// Things accepted but worth saying: an ignored second RHS set, a
    /// negative `UP` bound that made a zero lower bound `-∞`, integer markers
    /// read as continuous.
    public var warnings: [String]
}

/// The two MPS layouts.
public enum MPSFormat: String, Sendable, Hashable {
    /// Fields separated by whitespace; names without spaces, any length.
    case free
    /// Fields in columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61 (IBM MPSX);
    /// names may hold spaces.
    case fixed
}

/// Reads linear programs in MPS format, free or fixed.
///
/// Sections: `NAME`, `OBJSENSE` (`MAX`/`MAXIMIZE`/`MIN`/`MINIMIZE`, on the
/// same line or the next), `OBJNAME`, `ROWS` (`N`, `E`, `L`, `G`; the first
/// `N` row, or the one `OBJNAME` names, is the objective, later `N` rows are
/// kept as free rows), `COLUMNS` (with `MARKER` `INTORG`/`INTEND`), `RHS`
/// (on the objective row: minus the objective constant), `RANGES`, `BOUNDS`
/// (`UP`, `LO`, `FX`, `FR`, `MI`, `PL`, `BV`, `LI`, `UI`) and `ENDATA`.
/// `RANGES` give `E` rows `[b, b + |R|]` (`R > 0`) or `[b - |R|, b]`, `L`
/// rows `[b - |R|, b]`, `G` rows `[b, b + |R|]`. Default bounds are
/// `[0, ∞)`; an `UP` bound below zero on a column whose lower bound was not
/// set makes the lower bound `-∞` (with a warning), as CPLEX and HiGHS do.
/// Magnitudes of 1e20 and above are infinite. Integer columns are recorded in
/// ``LinearProgram/integerColumns`` and solved as continuous.
///
/// Every error names the file, line and column.
public enum MPSReader {
    /// Reads the MPS file at `path`.
    ///
    /// - Parameter format: `nil` tries free format, then fixed format (for
    ///   names with spaces), and reports the free-format error if both fail.
    /// - Throws: ``MPSError``, `.unreadable` when the file cannot be read,
    ///   `.invalid` with line and column otherwise.
    public static func read(path: String, format: MPSFormat? = nil) throws(MPSError) -> MPSFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw MPSError(.unreadable, path: path, exists ? "cannot read the file" : "no such file")
        }
        return try parse([UInt8](data), path: path, format: format)
    }

    /// Parses MPS text; `path` is only used in messages.
    public static func parse(_ text: String, path: String = "<text>", format: MPSFormat? = nil) throws(MPSError) -> MPSFile {
        try parse(Array(text.utf8), path: path, format: format)
    }

    static func parse(_ bytes: [UInt8], path: String, format: MPSFormat?) throws(MPSError) -> MPSFile {
        let lines = MPSLine.split(bytes)
        if let format {
            var parser = MPSParser(path: path, format: format)
            return try parser.parse(lines)
        }
        var free = MPSParser(path: path, format: .free)
        do {
            return try free.parse(lines)
        } catch let freeError {
            var fixed = MPSParser(path: path, format: .fixed)
            guard let file = try? fixed.parse(lines) else { throw freeError }
            return file
        }
    }
}

/// One line of the file, as bytes, with its 1-based number.
struct MPSLine {
    let number: Int
    let bytes: ArraySlice<UInt8>

    /// A whitespace-free piece of the line and its 1-based column.
    struct Token {
        let text: String
        let column: Int
    }

    static func split(_ bytes: [UInt8]) -> [MPSLine] {
        var lines: [MPSLine] = [], start = 0, number = 1
        for (k, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(MPSLine(number: number, bytes: trimmingCR(bytes[start..<k])))
            start = k + 1
            number += 1
        }
        if start < bytes.count { lines.append(MPSLine(number: number, bytes: trimmingCR(bytes[start...]))) }
        return lines
    }

    private static func trimmingCR(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        slice.last == UInt8(ascii: "\r") ? slice.dropLast() : slice
    }

    /// Blank lines and `*` comments carry nothing.
    var isBlankOrComment: Bool {
        bytes.first == UInt8(ascii: "*") || bytes.allSatisfy { $0 == 32 || $0 == 9 }
    }

    /// A section header starts in column 1.
    var isHeader: Bool { bytes.first.map { $0 != 32 && $0 != 9 } ?? false }

    /// The whitespace-separated tokens (free format).
    var tokens: [Token] {
        var tokens: [Token] = [], start: Int? = nil
        let base = bytes.startIndex
        for k in bytes.indices {
            let isSpace = bytes[k] == 32 || bytes[k] == 9
            if isSpace, let s = start {
                tokens.append(Token(text: String(decoding: bytes[s..<k], as: UTF8.self), column: s - base + 1))
                start = nil
            } else if !isSpace && start == nil {
                start = k
            }
        }
        if let s = start { tokens.append(Token(text: String(decoding: bytes[s...], as: UTF8.self), column: s - base + 1)) }
        return tokens
    }

    /// Fixed-format fields 1-6 (columns 2-3, 5-12, 15-22, 25-36, 40-47,
    /// 50-61), trimmed; `nil` for a blank field. Text past column 61 is
    /// ignored, as in MPSX.
    var fields: [Token?] {
        let ranges = [(2, 3), (5, 12), (15, 22), (25, 36), (40, 47), (50, 61)]
        return ranges.map { range in
            let from = bytes.startIndex + range.0 - 1, to = min(bytes.endIndex, bytes.startIndex + range.1)
            guard from < to else { return nil }
            let field = bytes[from..<to]
            guard let first = field.firstIndex(where: { $0 != 32 && $0 != 9 }),
                  let last = field.lastIndex(where: { $0 != 32 && $0 != 9 }) else { return nil }
            return Token(text: String(decoding: field[first...last], as: UTF8.self), column: first - bytes.startIndex + 1)
        }
    }
}
