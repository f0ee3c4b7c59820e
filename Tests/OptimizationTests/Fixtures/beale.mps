* Beale's cycling example (Beale 1955): degenerate at the origin, where the textbook
* simplex method cycles.
*   minimize -3/4 x4 + 20 x5 - 1/2 x6 + 6 x7
*   s.t.  1/4 x4 -  8 x5 -     x6 + 9 x7 <= 0
*         1/2 x4 - 12 x5 - 1/2 x6 + 3 x7 <= 0
*                              x6        <= 1,    x >= 0.
* Optimum x4 = 1, x6 = 1 (x5 = x7 = 0): value -3/4 - 1/2 = -5/4.  R1 is slack (3/4), so
* y1 = 0; basic x4, x6 give 1/2 y2 = -3/4 and -1/2 y2 + y3 = -1/2: y2 = -3/2, y3 = -5/4.
* Reduced costs: x5: 20 - 18 = 2, x7: 6 + 9/2 = 21/2.
*   objective -1.25
*   primal    x4 = 1, x5 = 0, x6 = 1, x7 = 0
*   duals     R1 = 0, R2 = -1.5, R3 = -1.25
*   reduced   x4 = 0, x5 = 2, x6 = 0, x7 = 10.5
NAME BEALE
ROWS
 N  obj
 L  R1
 L  R2
 L  R3
COLUMNS
    x4  obj  -0.75  R1  0.25
    x4  R2  0.5
    x5  obj  20  R1  -8
    x5  R2  -12
    x6  obj  -0.5  R1  -1
    x6  R2  -0.5  R3  1
    x7  obj  6  R1  9
    x7  R2  3
RHS
    RHS  R3  1
ENDATA
