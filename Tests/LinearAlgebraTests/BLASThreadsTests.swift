import LinearAlgebra
import Testing

/// The thread count is process-wide; these tests restore it before returning.
@Suite("BLAS threads", .serialized)
struct BLASThreadsTests {
    @Test("the setter round-trips through openblas_get_num_threads")
    func roundTrip() {
        let original = BLASThreads.count
        defer { BLASThreads.count = original }
        #expect(original >= 1)
        BLASThreads.count = 1
        #expect(BLASThreads.count == 1)
        BLASThreads.count = 2
        #expect(BLASThreads.count == 2)
        #expect(BLASThreads.processorCount >= 1)
    }

    @Test("withCount pins the count for the body and restores it")
    func withCountRestores() throws {
        let original = BLASThreads.count
        let inside = BLASThreads.withCount(1) { BLASThreads.count }
        #expect(inside == 1)
        #expect(BLASThreads.count == original)

        struct Failure: Error {}
        #expect(throws: Failure.self) { try BLASThreads.withCount(1) { throw Failure() } }
        #expect(BLASThreads.count == original)
    }
}
