// out += X G for dense X and sparse G (see CKernels.h), the Schur-complement
// update of Siaga's block-angular interior-point solver. Per output column
// the sparse entries are taken eight (then four, then one) at a time, so each
// pass over the column loads and stores it once for up to eight FMAs per
// element. The body is compiled three times with different target
// attributes and chosen at run time; on one machine the same variant always
// runs, so results do not depend on the thread count.
#include "CKernels.h"
#include <stddef.h>

#define BODY                                                                                         \
    for (int q = 0; q < n; q++) {                                                                    \
        double *restrict o = out + (upper == 2 ? (size_t)q * (q + 1) / 2 : (size_t)q * ldo);          \
        const int len = upper ? q + 1 : m;                                                           \
        const double *xt = x;                                                                        \
        int u = start[q];                                                                            \
        const int end = start[q + 1];                                                                \
        for (; u + 8 <= end; u += 8) {                                                               \
            const double *restrict x0 = xt + (size_t)row[u] * ldx, *restrict x1 = xt + (size_t)row[u + 1] * ldx; \
            const double *restrict x2 = xt + (size_t)row[u + 2] * ldx, *restrict x3 = xt + (size_t)row[u + 3] * ldx; \
            const double *restrict x4 = xt + (size_t)row[u + 4] * ldx, *restrict x5 = xt + (size_t)row[u + 5] * ldx; \
            const double *restrict x6 = xt + (size_t)row[u + 6] * ldx, *restrict x7 = xt + (size_t)row[u + 7] * ldx; \
            const double v0 = value[u], v1 = value[u + 1], v2 = value[u + 2], v3 = value[u + 3];     \
            const double v4 = value[u + 4], v5 = value[u + 5], v6 = value[u + 6], v7 = value[u + 7]; \
            for (int i = 0; i < len; i++)                                                            \
                o[i] += ((v0 * x0[i] + v1 * x1[i]) + (v2 * x2[i] + v3 * x3[i]))                      \
                      + ((v4 * x4[i] + v5 * x5[i]) + (v6 * x6[i] + v7 * x7[i]));                     \
        }                                                                                            \
        for (; u + 4 <= end; u += 4) {                                                               \
            const double *restrict x0 = xt + (size_t)row[u] * ldx, *restrict x1 = xt + (size_t)row[u + 1] * ldx; \
            const double *restrict x2 = xt + (size_t)row[u + 2] * ldx, *restrict x3 = xt + (size_t)row[u + 3] * ldx; \
            const double v0 = value[u], v1 = value[u + 1], v2 = value[u + 2], v3 = value[u + 3];     \
            for (int i = 0; i < len; i++) o[i] += (v0 * x0[i] + v1 * x1[i]) + (v2 * x2[i] + v3 * x3[i]); \
        }                                                                                            \
        for (; u < end; u++) {                                                                       \
            const double *restrict x0 = xt + (size_t)row[u] * ldx;                                    \
            const double v0 = value[u];                                                              \
            for (int i = 0; i < len; i++) o[i] += v0 * x0[i];                                        \
        }                                                                                            \
    }

#if defined(__x86_64__) && defined(__clang__)
__attribute__((target("avx512f,avx512vl,avx2,fma")))
static void kernel_avx512(int m, int n, const int *start, const int *row, const double *value,
                          const double *x, int ldx, double *out, int ldo, int upper) { BODY }

__attribute__((target("avx2,fma")))
static void kernel_avx2(int m, int n, const int *start, const int *row, const double *value,
                        const double *x, int ldx, double *out, int ldo, int upper) { BODY }
#endif

static void kernel_baseline(int m, int n, const int *start, const int *row, const double *value,
                            const double *x, int ldx, double *out, int ldo, int upper) { BODY }

int siaga_kernel_level(void) {
#if defined(__x86_64__) && defined(__clang__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")) return 2;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 1;
#endif
    return 0;
}

void siaga_dense_times_sparse(int m, int n, const int *start, const int *row, const double *value,
                              const double *x, int ldx, double *out, int ldo, int upper) {
#if defined(__x86_64__) && defined(__clang__)
    switch (siaga_kernel_level()) {
    case 2: kernel_avx512(m, n, start, row, value, x, ldx, out, ldo, upper); return;
    case 1: kernel_avx2(m, n, start, row, value, x, ldx, out, ldo, upper); return;
    default: break;
    }
#endif
    kernel_baseline(m, n, start, row, value, x, ldx, out, ldo, upper);
}
