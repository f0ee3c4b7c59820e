import Foundation
import LinearAlgebra
import Testing

@Suite("ProcessMemory")
struct ProcessMemoryTests {
    /// The constructor in CKernels ran when the test bundle loaded: on glibc,
    /// with no MALLOC_ variable of the user's, freed memory stays in the process.
    @Test("the allocator policy is set at load time unless the user's MALLOC_ variables say otherwise")
    func policyIsSetAtLoad() {
        let environment = ProcessInfo.processInfo.environment
        let userSetsIt = environment["MALLOC_MMAP_THRESHOLD_"] != nil || environment["MALLOC_TRIM_THRESHOLD_"] != nil
        #if canImport(Glibc)
        #expect(ProcessMemory.policy == (userSetsIt ? .unchanged : .retainFreedMemory))
        #else
        #expect(ProcessMemory.policy == .notGlibc)
        #endif
    }
}
