// The allocator policy of LinearAlgebra's ProcessMemory (see there), set when
// the library loads, before `main` and before any thread allocates: set later
// from `main` the same two mallopt calls left 459 000 page faults of the
// 273 000 they leave from here at (2000, 60, 50) (glibc 2.36). A user's own
// MALLOC_MMAP_THRESHOLD_ or MALLOC_TRIM_THRESHOLD_ setting wins: then nothing
// is changed. mallopt is declared in <malloc.h>, which Swift's Glibc module
// does not export, hence C.
#include "CKernels.h"
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

static int policy = 1;

#if defined(__GLIBC__)
__attribute__((constructor)) static void retain_freed_memory(void) {
    if (getenv("MALLOC_MMAP_THRESHOLD_") || getenv("MALLOC_TRIM_THRESHOLD_")) {
        policy = 0;
        return;
    }
    const int mmap = mallopt(M_MMAP_THRESHOLD, 32 << 20);
    const int trim = mallopt(M_TRIM_THRESHOLD, 0x7fffffff);
    policy = mmap == 1 && trim == 1 ? 2 : 0;
}
#endif

int siaga_memory_policy(void) { return policy; }
