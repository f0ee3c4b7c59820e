* Free variables and an equality row:
*   minimize x + 3 y   s.t.  x + 2 y = 4 (E),  x - y <= 1 (L),  x, y free.
* From the equality x = 4 - 2 y, the objective is 4 + y and the L row is 4 - 3 y <= 1,
* so y >= 1: y = 1, x = 2.  Dual: u1 + u2 = 1, 2 u1 - u2 = 3: u1 = 4/3, u2 = -1/3.
*   objective 5
*   primal    x = 2, y = 1
*   duals     BALANCE = 4/3, LIMIT = -1/3
*   reduced   x = 0, y = 0
NAME FREEEQ
ROWS
 N  obj
 E  BALANCE
 L  LIMIT
COLUMNS
    x  obj  1  BALANCE  1
    x  LIMIT  1
    y  obj  3  BALANCE  2
    y  LIMIT  -1
RHS
    RHS  BALANCE  4  LIMIT  1
BOUNDS
 FR BND  x
 FR BND  y
ENDATA
