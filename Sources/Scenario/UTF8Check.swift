/// UTF-8 validation that says where the first bad byte is.
enum UTF8Check {
    /// Throws a `.syntax` error at the line and column of the first byte that does not belong to a
    /// well-formed UTF-8 sequence (Unicode 15, table 3-7: no overlong forms, no surrogates,
    /// nothing above U+10FFFF).
    /// - Complexity: O(n); ASCII runs are checked eight bytes at a time.
    static func validate(_ bytes: [UInt8], file: String) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var i = 0
            while i < count {
                // Fast path: eight ASCII bytes at once.
                if i + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let lead = buffer[i]
                if lead < 0x80 { i += 1; continue }
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: throw failure(buffer, at: i, file: file)
                }
                guard i + length <= count else { throw failure(buffer, at: i, file: file) }
                guard (low...high).contains(buffer[i + 1]) else { throw failure(buffer, at: i, file: file) }
                for k in 2..<length where buffer[i + k] & 0xC0 != 0x80 { throw failure(buffer, at: i, file: file) }
                i += length
            }
        }
    }

    private static func failure(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, file: String) -> ScenarioError {
        var line = 1, column = 1
        // A byte-order mark is not a character an editor shows, so it takes no column.
        let start = buffer.starts(with: [0xEF, 0xBB, 0xBF]) && index >= 3 ? 3 : 0
        for i in start..<index {
            if buffer[i] == UInt8(ascii: "\n") { line += 1; column = 1 } else if buffer[i] & 0xC0 != 0x80 { column += 1 }
        }
        let hex = "0x" + String(buffer[index], radix: 16, uppercase: true)
        return ScenarioError(.syntax, at: SourceLocation(file: file, line: line, column: column),
                             expected: "UTF-8 text", found: "the byte \(hex)",
                             hint: "save the file as UTF-8")
    }
}
