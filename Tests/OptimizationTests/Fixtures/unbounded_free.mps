* Dual infeasible through a free column: minimize x  s.t.  R1: x + y >= 1,  x free,  y >= 0.
* The ray d = (-1, 1) keeps x + y fixed and lowers c'd = -1.
*   status dual infeasible
NAME UNBND2
ROWS
 N  obj
 G  R1
COLUMNS
    x  obj  1  R1  1
    y  R1  1
RHS
    RHS  R1  1
BOUNDS
 FR BND  x
ENDATA
