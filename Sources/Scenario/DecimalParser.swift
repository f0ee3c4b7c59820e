/// Parses decimal numbers straight from UTF-8 bytes.
///
/// Fast path (Clinger 1990, "How to read floating point numbers accurately"): a decimal with at most
/// 19 significant digits `m` and a power-of-ten exponent `e` with `m < 2^53` and `|e| <= 22` is
/// exactly `Double(m) * 10^e` or `Double(m) / 10^-e`, both operands exact, so one IEEE operation
/// gives the correctly rounded result. Anything else falls back to the standard library's parser,
/// which is also correctly rounded, so the result never depends on which path ran.
enum DecimalParser {
    private static let powers: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The finite number in `bytes[from..<to]` (spaces around it allowed), or nil.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Double? {
        var start = from, end = to
        while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard start < end else { return nil }
        var i = start
        var isNegative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { isNegative = bytes[i] == UInt8(ascii: "-"); i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0, fractionDigits = 0
        var sawDigit = false, sawPoint = false
        while i < end {
            let byte = bytes[i]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                sawDigit = true
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                    if mantissa != 0 { digits += 1 }
                    if sawPoint { fractionDigits += 1 }
                } else {
                    return slow(bytes, start, end)
                }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                return sawDigit ? slow(bytes, start, end) : nil
            } else {
                return nil
            }
            i += 1
        }
        guard sawDigit else { return nil }
        guard mantissa < (1 << 53), fractionDigits <= 22 else { return slow(bytes, start, end) }
        let value = Double(mantissa) / powers[fractionDigits]
        return isNegative ? -value : value
    }

    private static func slow(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        guard let value = Double(String(decoding: bytes[start..<end], as: UTF8.self)), value.isFinite else { return nil }
        return value
    }
}
