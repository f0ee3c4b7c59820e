import LinearAlgebra
import Testing

@Suite("BLAS threads")
struct BLASThreadsTests {
    @Test("OpenBLAS runs on one thread once the library has loaded, whatever the environment says")
    func pinnedToOne() {
        #expect(BLASThreads.count == 1)
        #expect(BLASThreads.processorCount >= 1)
    }
}
