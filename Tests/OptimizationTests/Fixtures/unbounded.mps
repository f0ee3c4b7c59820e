* Dual infeasible (unbounded): minimize -x - y  s.t.  R1: x - y <= 1,  R2: -x + y <= 1,  x, y >= 0.
* Feasible at 0; the ray d = (1, 1) has A d = 0 and c'd = -2 < 0.
*   status dual infeasible
NAME UNBND1
ROWS
 N  obj
 L  R1
 L  R2
COLUMNS
    x  obj  -1  R1  1
    x  R2  -1
    y  obj  -1  R1  -1
    y  R2  1
RHS
    RHS  R1  1  R2  1
ENDATA
