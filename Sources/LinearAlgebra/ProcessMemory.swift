import CKernels

/// How the process's allocator treats the large vectors numerical code makes
/// and drops many times over (an interior-point iteration's directions and
/// residuals, tens of megabytes each at national scale).
///
/// glibc serves blocks above `M_MMAP_THRESHOLD` by `mmap` and gives them back
/// on `free`, and trims the heap's top once more than `M_TRIM_THRESHOLD` of it
/// is free, so that each new vector maps fresh pages that the kernel zeroes
/// one by one. When the library loads, CKernels keeps such memory in the process:
/// blocks up to 32 MiB (glibc's largest mmap threshold) come from the heap,
/// and the heap is not trimmed, so a freed vector's pages serve the next one.
/// Peak resident memory is unchanged (it is the high-water mark either way).
/// Measured on the deployment LP at (2000, 60, 50): 526 000 minor page
/// faults down to 273 000, 31.6 s to 28.4 s (the kernel's page clearing had
/// been 6 % of the profile). Every program that links LinearAlgebra gets it.
public enum ProcessMemory {
    /// What was set when the library loaded (CKernels, a constructor: set
    /// later, from `main`, the same settings leave many more pages to fault):
    public enum Policy: Sendable {
        /// Freed memory stays in the process, as above.
        case retainFreedMemory
        /// The allocator is not glibc's.
        case notGlibc
        /// Left as it was: the environment sets `MALLOC_MMAP_THRESHOLD_` or
        /// `MALLOC_TRIM_THRESHOLD_`, or the allocator refused.
        case unchanged
    }

    public static var policy: Policy {
        switch siaga_memory_policy() {
        case 2: return .retainFreedMemory
        case 1: return .notGlibc
        default: return .unchanged
        }
    }
}
