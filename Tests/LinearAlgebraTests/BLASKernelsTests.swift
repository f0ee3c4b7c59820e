import LinearAlgebra
import Testing

@Suite("BLAS kernels")
struct BLASKernelsTests {
    @Test("AVX-512 (F, CD, BW, DQ, VL) selects SkylakeX; AVX2 with FMA selects Haswell; less selects nothing")
    func preferredCore() {
        let avx512: Set = ["sse2", "avx", "avx2", "fma", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]
        #expect(BLASKernels.preferredCore(flags: avx512) == "SkylakeX")
        #expect(BLASKernels.preferredCore(flags: avx512.subtracting(["avx512vl"])) == "Haswell")
        #expect(BLASKernels.preferredCore(flags: ["sse2", "avx", "avx2", "fma"]) == "Haswell")
        #expect(BLASKernels.preferredCore(flags: ["sse2", "avx", "avx2"]) == nil)
        #expect(BLASKernels.preferredCore(flags: []) == nil)
    }

    @Test("OpenBLAS names the kernels it loaded")
    func coreName() {
        #expect(!BLASKernels.coreName.isEmpty)
        #expect(BLASKernels.coreName != "unknown")
    }
}
