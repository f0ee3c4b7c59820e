import Testing
import Operations
@testable import Reports

@Suite struct SHA256Tests {
    /// FIPS 180-4 example vectors.
    @Test func knownDigests() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalEqualsOneShot() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        var hasher = SHA256()
        hasher.update(bytes[0..<3]); hasher.update(bytes[3..<200]); hasher.update(bytes[200...])
        #expect(hasher.hexDigest() == SHA256.hex(bytes))
    }
}

@Suite struct TidyCSVTests {
    @Test func formatsNumbersAndEscapesText() {
        var table = TidyCSV(columns: ["a", "b", "c"])
        table.int(3); table.number(0.1); table.text("x, \"y\"")
        table.endRow()
        table.number(.nan); table.number(2.0); table.number(-1e-7)
        table.endRow()
        #expect(String(decoding: table.bytes, as: UTF8.self) == "a,b,c\n3,0.1,\"x, \"\"y\"\"\"\n,2,-1e-07\n")
    }
}

@Suite struct ReplicationRunnerTests {
    static func fake(_ i: Int) -> ReplicationResult {
        // Uneven work so threads finish out of order.
        var x = 0.0
        for k in 0..<((i % 7) * 20_000) { x += Double(k % 3) }
        return ReplicationResult(replication: i, kpis: [Double(i), x], incidents: [], hourly: HourlySeries())
    }

    @Test(arguments: [1, 2, 3, 8])
    func resultsArriveInOrderForAnyThreadCount(threads: Int) {
        var seen: [Int] = []
        var sums: [Double] = []
        ReplicationRunner.run(count: 57, threads: threads, work: Self.fake) { result in
            seen.append(result.replication)
            sums.append(result.kpis[1])
        }
        #expect(seen == Array(0..<57))
        #expect(sums == (0..<57).map { Self.fake($0).kpis[1] })
    }

    struct Stop: Error {}

    @Test func aFailingConsumerStopsTheRun() {
        var consumed = 0
        #expect(throws: Stop.self) {
            try ReplicationRunner.run(count: 1_000, threads: 2, work: Self.fake) { _ in
                consumed += 1
                if consumed == 5 { throw Stop() }
            }
        }
        #expect(consumed == 5)
    }
}
