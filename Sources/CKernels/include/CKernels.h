// CKernels: small hand-written numerical kernels that BLAS does not offer,
// compiled for the widest vector unit the CPU reports at run time.
// No stable API: only the LinearAlgebra target imports this module.
#ifndef SIAGA_CKERNELS_H
#define SIAGA_CKERNELS_H

/// out[0..<len(q), q] += sum over u in start[q]..<start[q+1] of value[u] * x[0..<len(q), row[u]]
/// for q in 0..<n, all matrices column-major; len(q) = q + 1 when `upper` is
/// nonzero (the upper triangle of a symmetric `out`), else `m`. With `upper` 2 the
/// triangle is packed by columns (column q starts at q (q + 1) / 2; `ldo` unused).
/// With `upper` 3 the product is stored transposed and not accumulated:
/// out[q + r ldo] = (X G)[r, q] for r in 0..<m (`out` is `n x m`, leading dimension `ldo`).
/// That is `out += X G` for a sparse `G` (CSC: start, row, value) and a dense `X`
/// with leading dimension `ldx`; `out` has leading dimension `ldo`.
/// Returns 0, or -1 when its work space (pointers and values for a
/// four-column panel's entries, a map over X's columns) could not be allocated.
int siaga_dense_times_sparse(int m, int n, const int *start, const int *row, const double *value,
                             const double *x, int ldx, double *out, int ldo, int upper);

/// Whether the library set glibc's allocator to keep freed memory in the
/// process when it loaded (blocks up to 32 MiB from the heap, no trimming;
/// see LinearAlgebra's ProcessMemory): 2 set, 1 not glibc, 0 left alone
/// (the user's MALLOC_ variables, or the allocator refused).
int siaga_memory_policy(void);

/// The vector unit the kernels run on: 2 for AVX-512, 1 for AVX2 with FMA, 0 for baseline.
int siaga_kernel_level(void);

#endif
