#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command-line flags of `phold`, parsed by hand so that the
/// benchmark depends on nothing but the kernel.
struct Options {
    var lps = 1_000
    var perLP = 1
    var events: UInt64 = 2_000_000
    var seed: UInt64 = 1

    static let usage = """
        usage: phold [--lps N] [--per-lp M] [--events E] [--seed S]
          --lps N      logical processes (default 1000, at most 2^32 - 1)
          --per-lp M   initial events per process (default 1)
          --events E   events to process (default 2000000)
          --seed S     master seed of the random streams (default 1)
        """

    /// A flag that is unknown, lacks its value, or has a malformed value.
    struct UsageError: Error {
        var message: String
    }

    /// Parses `arguments` (without the program name).
    ///
    /// - Throws: ``UsageError`` naming the first bad flag.
    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            if flag == "--help" || flag == "-h" { throw UsageError(message: "") }
            guard let value = rest.popFirst() else {
                throw UsageError(message: "flag \(flag) needs a value")
            }
            switch flag {
            case "--lps": lps = try Self.positive(value, flag: flag, limit: UInt64(UInt32.max))
            case "--per-lp": perLP = try Self.positive(value, flag: flag, limit: UInt64(Int32.max))
            case "--events": events = UInt64(try Self.positive(value, flag: flag, limit: UInt64(Int.max)))
            case "--seed":
                guard let parsed = UInt64(value) else {
                    throw UsageError(message: "--seed expects an unsigned 64-bit integer, got '\(value)'")
                }
                seed = parsed
            default:
                throw UsageError(message: "unknown flag '\(flag)'")
            }
        }
        guard UInt64(lps) * UInt64(perLP) < UInt64(UInt32.max) else {
            throw UsageError(message: "--lps times --per-lp must be below 2^32")
        }
    }

    private static func positive(_ text: String, flag: String, limit: UInt64) throws -> Int {
        guard let value = UInt64(text), value > 0, value <= limit else {
            throw UsageError(message: "\(flag) expects an integer in 1...\(limit), got '\(text)'")
        }
        return Int(value)
    }
}

/// Writes `text` and a newline to standard error.
func printError(_ text: String) {
    var line = text + "\n"
    line.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}
