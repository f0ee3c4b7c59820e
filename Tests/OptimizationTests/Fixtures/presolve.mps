* Rows and columns that presolve removes, with the duals it must restore:
*   minimize -x - y + z + 3 e
*   R1:   x + y     <= 10   redundant once R3 bounds x: at most 2 + 3 = 5
*   R2:   x + 2 y + z <= 9  binds
*   R3:   x         <= 2    singleton row: becomes the bound x <= 2, binds
*   R4:   (empty)   <= 5    empty row
*   FREE: x + y             a second N row: a free row
*   y UP 3, z FX 2 (fixed column), e in [1, 5] with no row entries (empty column).
* With z = 2, R2 is x + 2 y <= 7; maximizing x + y gives x = 2, y = 2.5.
* Duals: y basic, so -1 - 2 u2 = 0: u2 = -1/2; x's reduced cost -1 - u2 - u3 = 0 moves
* to its source row R3: u3 = -1/2.  z: 1 + 1/2 = 3/2, e: 3.
*   objective -2 - 2.5 + 2 + 3 = 0.5
*   primal    x = 2, y = 2.5, z = 2, e = 1
*   duals     R1 = 0, R2 = -0.5, R3 = -0.5, R4 = 0, FREE = 0
*   reduced   x = 0, y = 0, z = 1.5, e = 3
NAME PRESOLVE
ROWS
 N  obj
 L  R1
 L  R2
 L  R3
 L  R4
 N  FREE
COLUMNS
    x  obj  -1  R1  1
    x  R2  1  R3  1
    x  FREE  1
    y  obj  -1  R1  1
    y  R2  2  FREE  1
    z  obj  1  R2  1
    e  obj  3
RHS
    RHS  R1  10  R2  9
    RHS  R3  2  R4  5
BOUNDS
 UP BND  y  3
 FX BND  z  2
 LO BND  e  1
 UP BND  e  5
ENDATA
