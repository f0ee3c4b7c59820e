* Primal infeasible, found by presolve (the row's largest activity is below its rhs):
*   minimize x + y   s.t.  R1: x + y = 5,  0 <= x <= 1,  0 <= y <= 2.
* Farkas ray: y1 = 1, z = -A'y = (-1, -1): value 5 - 1 - 2 = 2 > 0.
*   status primal infeasible
NAME INFEAS2
ROWS
 N  obj
 E  R1
COLUMNS
    x  obj  1  R1  1
    y  obj  1  R1  1
RHS
    RHS  R1  5
BOUNDS
 UP BND  x  1
 UP BND  y  2
ENDATA
