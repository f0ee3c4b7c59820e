// CLinearAlgebra: the C interface of Debian's OpenBLAS (CBLAS) and LAPACKE.
// No stable API: only the LinearAlgebra target imports this module.
#ifndef SIAGA_CLINEARALGEBRA_SHIM_H
#define SIAGA_CLINEARALGEBRA_SHIM_H
#include <cblas.h>
#include <lapacke.h>
#endif
