// OpenBLAS pinned to one thread when the library loads (see LinearAlgebra's
// BLASThreads): Siaga shares work among threads itself, over partitions that
// do not depend on the thread count, so that results are bit-identical on any
// machine. OpenBLAS keeps its thread count in one process-wide variable, and
// its threaded LAPACK routines (dpotrf among them) give different last bits
// for different counts; a count changed by one solve while another runs gave
// two solves of one LP different results. Set here, before `main`, nothing
// can run with another count. OpenBLAS, a dependency of this library, has
// finished its own constructor by then.
#include "CKernels.h"

extern void openblas_set_num_threads(int);

__attribute__((constructor)) static void pin_blas_to_one_thread(void) { openblas_set_num_threads(1); }
