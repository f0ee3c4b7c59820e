* A two-food diet: minimize 2 x + 3 y  s.t.  x + y >= 4,  x + 3 y >= 6,  x, y >= 0.
* Both rows bind: x + y = 4, x + 3 y = 6 give y = 1, x = 3.
* Dual: u1 + u2 = 2, u1 + 3 u2 = 3 give u2 = 0.5, u1 = 1.5; 4 u1 + 6 u2 = 9.
*   objective 9
*   primal    x = 3, y = 1
*   duals     ENERGY = 1.5, PROTEIN = 0.5
*   reduced   x = 0, y = 0
NAME DIET
ROWS
 N  COST
 G  ENERGY
 G  PROTEIN
COLUMNS
    x  COST  2  ENERGY  1
    x  PROTEIN  1
    y  COST  3  ENERGY  1
    y  PROTEIN  3
RHS
    RHS  ENERGY  4  PROTEIN  6
ENDATA
