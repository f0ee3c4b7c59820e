* A rank-deficient equality system (R2 repeats R1), left to the regularization:
*   minimize x + 2 y   s.t.  R1: x + y = 2,  R2: x + y = 2,  0 <= x <= 1.5,  y >= 0.
* Maximize x: x = 1.5, y = 0.5.  Only the sum of the duals is determined:
* y basic, 2 - (u1 + u2) = 0, so u1 + u2 = 2; x's reduced cost 1 - 2 = -1 (at its upper bound).
*   objective 2.5
*   primal    x = 1.5, y = 0.5
*   duals     R1 + R2 = 2 (split not unique)
*   reduced   x = -1, y = 0
NAME DUPROWS
ROWS
 N  obj
 E  R1
 E  R2
COLUMNS
    x  obj  1  R1  1
    x  R2  1
    y  obj  2  R1  1
    y  R2  1
RHS
    RHS  R1  2  R2  2
BOUNDS
 UP BND  x  1.5
ENDATA
