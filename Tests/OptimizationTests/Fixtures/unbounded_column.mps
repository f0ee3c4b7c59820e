* Dual infeasible through an empty column, found by presolve:
*   minimize x - z  s.t.  R1: x >= 1,  x, z >= 0, z in no row.  Ray d = (0, 1), c'd = -1.
*   status dual infeasible
NAME UNBND3
ROWS
 N  obj
 G  R1
COLUMNS
    x  obj  1  R1  1
    z  obj  -1
RHS
    RHS  R1  1
ENDATA
