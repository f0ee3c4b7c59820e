import Testing
@testable import Scenario

/// `DecimalParser.parse` over the whole of `text`.
func parseDecimal(_ text: String) -> Double? {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { DecimalParser.parse($0, from: 0, to: $0.count) }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a small seeded generator so that property tests can be
/// replayed from the seed they print.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("DecimalParser")
struct DecimalParserTests {
    /// Inputs with their exact results; Swift's literals are correctly rounded, so `0.1` here is
    /// the double nearest 1/10, as the parser must give.
    static let table: [(String, Double?)] = [
        // Fast path: at most 19 significant digits below 2^53 and at most 22 fraction digits.
        ("0.1", 0.1), ("-1.83012", -1.83012), ("110.40000", 110.4), ("109.92474", 109.92474),
        ("0", 0), ("7", 7), ("+2.5", 2.5), (".5", 0.5), ("5.", 5), (" 7 ", 7), ("  -0.25  ", -0.25),
        ("00000000000000000000000001.5", 1.5), ("0.0000000000000000000001", 1e-22),
        ("9007199254740991", 9_007_199_254_740_991),
        // Fallback: exponents, more digits, mantissas at or above 2^53, more than 22 fraction digits.
        ("1e3", 1000), ("2.5E-3", 0.0025), ("-1e-5", -0.00001),
        ("123456789012345678901", 123_456_789_012_345_678_901.0),
        ("9007199254740993", 9_007_199_254_740_992), ("0.30000000000000004", 0.30000000000000004),
        ("0.00000000000000000000001", 1e-23), ("1234567890.1234567890123", 1_234_567_890.1234567890123),
        ("1.7976931348623157e308", .greatestFiniteMagnitude),
        // Not numbers, or not finite.
        ("", nil), ("   ", nil), ("abc", nil), ("1.2.3", nil), ("-", nil), ("+", nil), (".", nil),
        ("1e", nil), ("e5", nil), ("1,5", nil), ("1_000", nil), ("0x10", nil), ("--1", nil),
        ("inf", nil), ("nan", nil), ("1e400", nil), ("7 8", nil), ("\t7", nil),
    ]

    @Test("known inputs give exact doubles", arguments: table)
    func knownAnswers(text: String, expected: Double?) {
        let value = parseDecimal(text)
        #expect(value?.bitPattern == expected?.bitPattern, "'\(text)' gave \(String(describing: value))")
    }

    @Test("negative zero keeps its sign")
    func negativeZero() {
        #expect(parseDecimal("-0")?.sign == .minus)
        #expect(parseDecimal("-0.000")?.sign == .minus)
    }

    @Test("parses only the given byte range")
    func range() {
        let bytes = Array("12,345.5,x".utf8)
        let value = bytes.withUnsafeBufferPointer { DecimalParser.parse($0, from: 3, to: 8) }
        #expect(value == 345.5)
    }

    @Test("agrees bit for bit with Double(String) on random decimals", arguments: [1, 42, 20_240_214] as [UInt64])
    func matchesStandardLibrary(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var failures = 0
        for _ in 0..<20_000 {
            let text = Self.randomDecimal(using: &rng)
            let expected = Double(text).flatMap { $0.isFinite ? $0 : nil }
            let value = parseDecimal(text)
            if value?.bitPattern != expected?.bitPattern {
                failures += 1
                if failures <= 5 {
                    Issue.record("seed \(seed): '\(text)' gave \(String(describing: value)), Double(String) gives \(String(describing: expected))")
                }
            }
        }
        #expect(failures == 0, "seed \(seed)")
    }

    /// A decimal such as `-0012.3450`, `987654321098765432109.5` or `4.2e-17`: up to 24 integer
    /// digits, up to 26 fraction digits, and sometimes an exponent.
    static func randomDecimal(using rng: inout SplitMix64) -> String {
        func digits(_ count: Int) -> String {
            String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &rng))) })
        }
        var text = ""
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: text += "-"
        case 1: text += "+"
        default: break
        }
        let integerDigits = Int.random(in: 0...24, using: &rng)
        let fractionDigits = Int.random(in: integerDigits == 0 ? 1...26 : 0...26, using: &rng)
        text += digits(integerDigits)
        if fractionDigits > 0 || Bool.random(using: &rng) { text += "." + digits(fractionDigits) }
        if Int.random(in: 0..<5, using: &rng) == 0 {
            text += ["e", "E"].randomElement(using: &rng)! + ["", "-", "+"].randomElement(using: &rng)!
            text += String(Int.random(in: 0...320, using: &rng))
        }
        return text
    }
}
