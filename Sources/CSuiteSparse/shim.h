// CSuiteSparse: SuiteSparse CHOLMOD for Siaga's sparse normal-equations solver.
// No stable API: only the Optimization target imports this module.
// Debian: apt-get install -y libsuitesparse-dev (headers in /usr/include/suitesparse,
// no pkg-config file; the module map links cholmod, which brings AMD, COLAMD, METIS and
// the system BLAS/LAPACK, OpenBLAS on Debian through the alternatives).
#ifndef SIAGA_CSUITESPARSE_SHIM_H
#define SIAGA_CSUITESPARSE_SHIM_H

#include <suitesparse/cholmod.h>

#endif
