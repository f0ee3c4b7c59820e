// out += sum over terms t of X_t G_t for dense X_t and sparse G_t (see
// CKernels.h), the Schur-complement update of Siaga's block-angular
// interior-point solver. Per output column the entries of every term are
// gathered first (a pointer into X_t's column and the value), then the
// column is swept once in chunks of 32 rows held in registers, each chunk
// taking every entry's FMA before it is stored: one load and one store of
// `out` per column whatever the number of entries, which is what bounds the
// kernel when `out` (the Schur complement) is larger than the caches.
// The body is compiled three times with different target attributes and
// chosen at run time; on one machine the same variant always runs, so
// results do not depend on the thread count.
#include "CKernels.h"
#include <stddef.h>
#include <stdlib.h>

#define CHUNK(WIDTH)                                                                                 \
    {                                                                                                \
        double acc[WIDTH];                                                                           \
        for (int l = 0; l < WIDTH; l++) acc[l] = o[i + l];                                           \
        for (int k = 0; k < count; k++) {                                                            \
            const double v = vals[k];                                                                \
            const double *restrict p = ptrs[k] + i;                                                  \
            for (int l = 0; l < WIDTH; l++) acc[l] += v * p[l];                                      \
        }                                                                                            \
        for (int l = 0; l < WIDTH; l++) o[i + l] = acc[l];                                           \
    }

#define BODY                                                                                         \
    for (int q = 0; q < n; q++) {                                                                    \
        int count = 0;                                                                               \
        for (int t = 0; t < terms; t++) {                                                            \
            const double *xt = x[t];                                                                 \
            const int *rt = row[t];                                                                  \
            const double *vt = value[t];                                                             \
            for (int u = start[t][q]; u < start[t][q + 1]; u++) {                                    \
                ptrs[count] = xt + (size_t)rt[u] * ldx[t];                                           \
                vals[count] = vt[u];                                                                 \
                count++;                                                                             \
            }                                                                                        \
        }                                                                                            \
        if (count == 0) continue;                                                                    \
        double *restrict o = out + (upper == 2 ? (size_t)q * (q + 1) / 2 : (size_t)q * ldo);          \
        const int len = upper ? q + 1 : m;                                                           \
        int i = 0;                                                                                   \
        for (; i + 32 <= len; i += 32) CHUNK(32)                                                     \
        for (; i + 8 <= len; i += 8) CHUNK(8)                                                        \
        for (; i < len; i++) CHUNK(1)                                                                \
    }

#define SIGNATURE(NAME)                                                                              \
    static void NAME(int m, int n, int terms, const int *const *start, const int *const *row,        \
                     const double *const *value, const double *const *x, const int *ldx, double *out, \
                     int ldo, int upper, const double **ptrs, double *vals)

#if defined(__x86_64__) && defined(__clang__)
__attribute__((target("avx512f,avx512vl,avx2,fma"))) SIGNATURE(kernel_avx512) { BODY }
__attribute__((target("avx2,fma"))) SIGNATURE(kernel_avx2) { BODY }
#endif
SIGNATURE(kernel_baseline) { BODY }

int siaga_kernel_level(void) {
#if defined(__x86_64__) && defined(__clang__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")) return 2;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 1;
#endif
    return 0;
}

int siaga_dense_times_sparse_sum(int m, int n, int terms, const int *const *start, const int *const *row,
                                 const double *const *value, const double *const *x, const int *ldx,
                                 double *out, int ldo, int upper) {
    // The most entries any column gathers: the sum of each term's largest column.
    size_t capacity = 1;
    for (int t = 0; t < terms; t++) {
        int largest = 0;
        for (int q = 0; q < n; q++) {
            const int c = start[t][q + 1] - start[t][q];
            if (c > largest) largest = c;
        }
        capacity += (size_t)largest;
    }
    const double **ptrs = malloc(capacity * sizeof *ptrs);
    double *vals = malloc(capacity * sizeof *vals);
    if (!ptrs || !vals) {
        free(ptrs);
        free(vals);
        return -1;
    }
#if defined(__x86_64__) && defined(__clang__)
    switch (siaga_kernel_level()) {
    case 2: kernel_avx512(m, n, terms, start, row, value, x, ldx, out, ldo, upper, ptrs, vals); break;
    case 1: kernel_avx2(m, n, terms, start, row, value, x, ldx, out, ldo, upper, ptrs, vals); break;
    default: kernel_baseline(m, n, terms, start, row, value, x, ldx, out, ldo, upper, ptrs, vals); break;
    }
#else
    kernel_baseline(m, n, terms, start, row, value, x, ldx, out, ldo, upper, ptrs, vals);
#endif
    free(ptrs);
    free(vals);
    return 0;
}

int siaga_dense_times_sparse(int m, int n, const int *start, const int *row, const double *value,
                             const double *x, int ldx, double *out, int ldo, int upper) {
    return siaga_dense_times_sparse_sum(m, n, 1, &start, &row, &value, &x, &ldx, out, ldo, upper);
}
