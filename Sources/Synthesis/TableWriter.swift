import Foundation
import Scenario

/// Writes the TPS and post tables as CSV bytes, fast enough for 820,000 rows (no `String(format:)`,
/// numbers formatted digit by digit into one growing buffer).
public enum TableWriter {
    public static func tpsCSV(_ tps: PollingStations, posts: [Post]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(tps.count * 96 + 128)
        out.append(contentsOf: Array("id,latitude,longitude,voters,desa,kecamatan,polsek,access,category,risk\n".utf8))
        let desa = tps.desaNames.map { Array(csvEscaped($0).utf8) }
        let kecamatan = tps.kecamatanNames.map { Array(csvEscaped($0).utf8) }
        let postIds = posts.map { Array(csvEscaped($0.id).utf8) }
        let access = Dictionary(uniqueKeysWithValues: AccessType.allCases.map { ($0, Array($0.rawValue.utf8)) })
        let category = Dictionary(uniqueKeysWithValues: VulnerabilityCategory.allCases.map { ($0, Array($0.rawValue.utf8)) })
        for i in 0..<tps.count {
            out.append(contentsOf: tps.ids[i].utf8); out.append(44)
            appendFixed(&out, tps.latitude[i], decimals: 5); out.append(44)
            appendFixed(&out, tps.longitude[i], decimals: 5); out.append(44)
            appendInt(&out, Int(tps.voters[i])); out.append(44)
            out.append(contentsOf: desa[Int(tps.desa[i])]); out.append(44)
            out.append(contentsOf: kecamatan[Int(tps.kecamatan[i])]); out.append(44)
            out.append(contentsOf: postIds[Int(tps.polsek[i])]); out.append(44)
            out.append(contentsOf: access[tps.access[i]]!); out.append(44)
            out.append(contentsOf: category[tps.category[i]]!); out.append(44)
            appendFixed(&out, tps.risk[i], decimals: 3); out.append(10)
        }
        return out
    }

    public static func postsCSV(_ posts: [Post]) -> [UInt8] {
        var out = Array("id,name,kind,kecamatan,latitude,longitude,access\n".utf8)
        for post in posts {
            out.append(contentsOf: "\(csvEscaped(post.id)),\(csvEscaped(post.name)),\(post.kind.rawValue),\(csvEscaped(post.kecamatan)),".utf8)
            appendFixed(&out, post.latitude, decimals: 5); out.append(44)
            appendFixed(&out, post.longitude, decimals: 5); out.append(44)
            out.append(contentsOf: post.access.rawValue.utf8); out.append(10)
        }
        return out
    }

    /// Quotes a field if it holds a comma, quote or line break (RFC 4180).
    static func csvEscaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `value` rounded half away from zero to `decimals` places, without exponent.
    static func appendFixed(_ out: inout [UInt8], _ value: Double, decimals: Int) {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        if value < 0 && scaled != 0 { out.append(UInt8(ascii: "-")) }
        let factor = Int(scale)
        appendInt(&out, scaled / factor)
        out.append(UInt8(ascii: "."))
        var fraction = scaled % factor
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: decimals)
        for k in stride(from: decimals - 1, through: 0, by: -1) {
            digits[k] = UInt8(ascii: "0") + UInt8(fraction % 10)
            fraction /= 10
        }
        out.append(contentsOf: digits)
    }

    static func appendInt(_ out: inout [UInt8], _ value: Int) {
        if value < 0 { out.append(UInt8(ascii: "-")); appendInt(&out, -value); return }
        if value >= 10 { appendInt(&out, value / 10) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
