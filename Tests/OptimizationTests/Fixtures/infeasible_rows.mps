* Primal infeasible, found by the interior-point method (no single row is infeasible):
*   minimize x + y   s.t.  R1: x + y <= 1,  R2: x + y >= 3,  x, y >= 0.
* Farkas ray: y = (-1, 1) (R1 at its upper end, R2 at its lower end), z = -A'y = 0,
* value 3 - 1 = 2 > 0.
*   status primal infeasible
NAME INFEAS1
ROWS
 N  obj
 L  R1
 G  R2
COLUMNS
    x  obj  1  R1  1
    x  R2  1
    y  obj  1  R1  1
    y  R2  1
RHS
    RHS  R1  1  R2  3
ENDATA
