* RANGES on G, E and L rows:
*   minimize x + 2 y
*   s.t.  2 <= x + y   <= 6    (G, rhs 2, range 4)
*        -1 <= x - y   <= 1    (E, rhs 1, range -2)
*         4 <= x + 4 y <= 8    (L, rhs 8, range 4)       x, y >= 0.
* Without R3: x + y = 2 and x - y = 1 give x = 1.5, y = 0.5, value 2.5; then
* x + 4 y = 3.5 < 4 violates R3.  With R3 binding at 4: x + y = 2? gives y = 2/3,
* x = 4/3, but x - y = 2/3 is within [-1, 1], value 4/3 + 4/3 = 8/3.  Check the other
* vertex x - y = 1, x + 4 y = 4: y = 3/5, x = 8/5, x + y = 2.2 >= 2, value 8/5 + 6/5 = 2.8.
* So the optimum is x = 4/3, y = 2/3 with R1 at its lower end and R3 at its lower end:
* u1 + u3 = 1, u1 + 4 u3 = 2 give u3 = 1/3, u1 = 2/3; R2 slack, u2 = 0.
*   objective 8/3
*   primal    x = 4/3, y = 2/3
*   duals     R1 = 2/3, R2 = 0, R3 = 1/3
*   reduced   x = 0, y = 0
NAME RANGES
ROWS
 N  obj
 G  R1
 E  R2
 L  R3
COLUMNS
    x  obj  1  R1  1
    x  R2  1  R3  1
    y  obj  2  R1  1
    y  R2  -1  R3  4
RHS
    RHS  R1  2  R2  1
    RHS  R3  8
RANGES
    RNG  R1  4  R2  -2
    RNG  R3  4
ENDATA
