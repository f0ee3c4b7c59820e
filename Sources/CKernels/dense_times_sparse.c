// out += X G for dense X and sparse G (see CKernels.h), the Schur-complement
// update of Siaga's block-angular interior-point solver.
//
// The output columns are taken in panels of PANEL neighbours. For a panel
// the entries are merged by row: one pointer into X's column per distinct row, and a dense PANEL-wide row of values (zero where a column
// lacks the row). The panel's rows are then swept in chunks held in
// registers, each chunk taking every merged row's FMAs before it is stored:
// each element of X is loaded once per panel instead of once per column,
// which is what bounds the kernel when neighbouring columns share rows (the
// deployment LP's zones reached from the same posts). In the triangle
// layouts column q0 + w of a panel starting at q0 has w rows the other
// columns lack; those few rows are done one column at a time.
//
// The body is compiled three times with different target attributes and
// chosen at run time; on one machine the same variant always runs, and the
// order of the sums depends only on the pattern, so results do not depend on
// the thread count.
#include "CKernels.h"
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define PANEL 4
/// In the accumulating layouts each 16-row chunk first asks for the output
/// columns' cache lines PREFETCH doubles ahead: the triangle is streamed
/// from memory once per block, and the hardware prefetcher alone left the
/// chunk's loads waiting. Measured on one block of (2000, 60, 50) in a C
/// harness, one thread: 3.4 ms -> 2.3 ms per block (32 to 256 ahead: 2.2-3.1 ms);
/// in the solver the sweep's thread time fell by about 7%.
#ifndef PREFETCH
#define PREFETCH 64
#endif

/// Eight doubles as one value (a zmm register under AVX-512, two ymm under
/// AVX2); loads and stores through memcpy, so no alignment is assumed.
typedef double v8 __attribute__((ext_vector_type(8)));
#define LOAD8(p) ({ v8 r_; __builtin_memcpy(&r_, (p), sizeof r_); r_; })
#define STORE8(p, v) ({ v8 v_ = (v); __builtin_memcpy((p), &v_, sizeof v_); })

/// Rows [i, i + 16) of a full panel of four columns, in sixteen registers:
/// two loads of X per merged row feed eight FMAs. With TRANSPOSED (the
/// layout 3, a literal 0 or 1) the sums start from zero and row i + l of the
/// panel's columns goes to out[q0 .. q0 + 3 + (i + l) ldo]; otherwise they
/// start from and return to the columns o[0..3].
#define CHUNK16x4(TRANSPOSED)                                                                        \
    {                                                                                                \
        v8 a00 = 0, a01 = 0, a10 = 0, a11 = 0, a20 = 0, a21 = 0, a30 = 0, a31 = 0;                   \
        if (!(TRANSPOSED)) {                                                                         \
            for (int w_ = 0; w_ < 4; w_++) {                                                         \
                __builtin_prefetch(o[w_] + i + PREFETCH, 1, 3);                                      \
                __builtin_prefetch(o[w_] + i + PREFETCH + 8, 1, 3);                                  \
            }                                                                                        \
            a00 = LOAD8(o[0] + i); a01 = LOAD8(o[0] + i + 8); a10 = LOAD8(o[1] + i); a11 = LOAD8(o[1] + i + 8); \
            a20 = LOAD8(o[2] + i); a21 = LOAD8(o[2] + i + 8); a30 = LOAD8(o[3] + i); a31 = LOAD8(o[3] + i + 8); \
        }                                                                                            \
        for (int k = 0; k < count; k++) {                                                            \
            const double *restrict p = ptrs[k] + i;                                                  \
            const double *restrict v = vals + (size_t)k * PANEL;                                     \
            const v8 y0 = LOAD8(p), y1 = LOAD8(p + 8);                                               \
            a00 += v[0] * y0; a01 += v[0] * y1;                                                      \
            a10 += v[1] * y0; a11 += v[1] * y1;                                                      \
            a20 += v[2] * y0; a21 += v[2] * y1;                                                      \
            a30 += v[3] * y0; a31 += v[3] * y1;                                                      \
        }                                                                                            \
        if (TRANSPOSED) {                                                                            \
            double *restrict base = out + q0 + (size_t)i * ldo;                                      \
            for (int l = 0; l < 8; l++) {                                                            \
                double *restrict d = base + (size_t)l * ldo;                                         \
                d[0] = a00[l]; d[1] = a10[l]; d[2] = a20[l]; d[3] = a30[l];                          \
                double *restrict e = base + (size_t)(l + 8) * ldo;                                   \
                e[0] = a01[l]; e[1] = a11[l]; e[2] = a21[l]; e[3] = a31[l];                          \
            }                                                                                        \
        } else {                                                                                     \
            STORE8(o[0] + i, a00); STORE8(o[0] + i + 8, a01); STORE8(o[1] + i, a10); STORE8(o[1] + i + 8, a11); \
            STORE8(o[2] + i, a20); STORE8(o[2] + i + 8, a21); STORE8(o[3] + i, a30); STORE8(o[3] + i + 8, a31); \
        }                                                                                            \
    }

/// Rows [i, i + WIDTH) of the panel's columns: acc[w][l] += vals[k][w] * ptrs[k][i + l].
#define CHUNK(WIDTH)                                                                                 \
    {                                                                                                \
        double acc[PANEL][WIDTH];                                                                    \
        for (int w = 0; w < PANEL; w++)                                                              \
            for (int l = 0; l < WIDTH; l++) acc[w][l] = w < width && upper != 3 ? o[w][i + l] : 0;  \
        for (int k = 0; k < count; k++) {                                                            \
            const double *restrict p = ptrs[k] + i;                                                  \
            const double *restrict v = vals + (size_t)k * PANEL;                                     \
            for (int l = 0; l < WIDTH; l++) {                                                        \
                const double y = p[l];                                                               \
                for (int w = 0; w < PANEL; w++) acc[w][l] += v[w] * y;                               \
            }                                                                                        \
        }                                                                                            \
        for (int w = 0; w < width; w++)                                                              \
            for (int l = 0; l < WIDTH; l++) {                                                        \
                if (upper == 3) out[(size_t)(q0 + w) + (size_t)(i + l) * ldo] = acc[w][l];           \
                else o[w][i + l] = acc[w][l];                                                        \
            }                                                                                        \
    }

#define BODY                                                                                         \
    for (int q0 = 0; q0 < n; q0 += PANEL) {                                                          \
        const int width = n - q0 < PANEL ? n - q0 : PANEL;                                           \
        int count = 0;                                                                               \
        for (int w = 0; w < width; w++) {                                                            \
            for (int u = start[q0 + w]; u < start[q0 + w + 1]; u++) {                                \
                const int r = row[u];                                                                \
                int k = slot[r];                                                                     \
                if (k < 0) {                                                                         \
                    k = count++;                                                                     \
                    slot[r] = k;                                                                     \
                    ptrs[k] = x + (size_t)r * ldx;                                                   \
                    memset(vals + (size_t)k * PANEL, 0, PANEL * sizeof(double));                     \
                }                                                                                    \
                vals[(size_t)k * PANEL + w] += value[u];                                             \
            }                                                                                        \
        }                                                                                            \
        for (int k = 0; k < count; k++) slot[(ptrs[k] - x) / ldx] = -1;                              \
        if (count == 0 && upper != 3) continue;                                                      \
        double *o[PANEL];                                                                            \
        for (int w = 0; w < width; w++) {                                                            \
            const size_t q = (size_t)(q0 + w);                                                       \
            o[w] = upper == 3 ? out : out + (upper == 2 ? q * (q + 1) / 2 : q * (size_t)ldo);        \
        }                                                                                            \
        const int len = upper == 1 || upper == 2 ? q0 + 1 : m;                                       \
        int i = 0;                                                                                   \
        if (width == PANEL && upper == 3)                                                            \
            for (; i + 16 <= len; i += 16) CHUNK16x4(1)                                               \
        if (width == PANEL && upper != 3)                                                            \
            for (; i + 16 <= len; i += 16) CHUNK16x4(0)                                               \
        for (; i + 4 <= len; i += 4) CHUNK(4)                                                        \
        for (; i < len; i++) CHUNK(1)                                                                \
        if (upper == 1 || upper == 2) {                                                              \
            for (int w = 1; w < width; w++) {                                                        \
                for (int r = q0 + 1; r <= q0 + w; r++) {                                             \
                    double sum = o[w][r];                                                            \
                    for (int k = 0; k < count; k++) sum += vals[(size_t)k * PANEL + w] * ptrs[k][r]; \
                    o[w][r] = sum;                                                                   \
                }                                                                                    \
            }                                                                                        \
        }                                                                                            \
    }

#define SIGNATURE(NAME)                                                                              \
    static void NAME(int m, int n, const int *start, const int *row, const double *value,             \
                     const double *x, int ldx, double *out, int ldo, int upper,                      \
                     const double **ptrs, double *vals, int *slot)

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

int siaga_dense_times_sparse(int m, int n, const int *start, const int *row, const double *value,
                             const double *x, int ldx, double *out, int ldo, int upper) {
    // A panel merges at most its columns' entries; `slot` maps a row of X to
    // its merged position while a panel is merged (-1 otherwise).
    size_t capacity = 1, rows = 1;
    for (int q0 = 0; q0 < n; q0 += PANEL) {
        const int end = q0 + PANEL < n ? q0 + PANEL : n;
        const size_t c = (size_t)(start[end] - start[q0]);
        if (c > capacity) capacity = c;
    }
    for (int u = start[0]; u < start[n]; u++)
        if ((size_t)row[u] + 1 > rows) rows = (size_t)row[u] + 1;
    const double **ptrs = malloc(capacity * sizeof *ptrs);
    double *vals = malloc(capacity * PANEL * sizeof *vals);
    int *slot = malloc(rows * sizeof *slot);
    if (!ptrs || !vals || !slot) {
        free(ptrs);
        free(vals);
        free(slot);
        return -1;
    }
    for (size_t r = 0; r < rows; r++) slot[r] = -1;
#if defined(__x86_64__) && defined(__clang__)
    switch (siaga_kernel_level()) {
    case 2: kernel_avx512(m, n, start, row, value, x, ldx, out, ldo, upper, ptrs, vals, slot); break;
    case 1: kernel_avx2(m, n, start, row, value, x, ldx, out, ldo, upper, ptrs, vals, slot); break;
    default: kernel_baseline(m, n, start, row, value, x, ldx, out, ldo, upper, ptrs, vals, slot); break;
    }
#else
    kernel_baseline(m, n, start, row, value, x, ldx, out, ldo, upper, ptrs, vals, slot);
#endif
    free(ptrs);
    free(vals);
    free(slot);
    return 0;
}
