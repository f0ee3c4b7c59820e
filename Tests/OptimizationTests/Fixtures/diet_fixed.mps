* The diet problem (diet.mps) in fixed format, with names that hold spaces, so that
* only the fixed-format reader can read it (fields in columns 2-3, 5-12, 15-22, 25-36,
* 40-47, 50-61).
*   objective 9
*   primal    FOOD A = 3, FOOD B = 1
*   duals     KCAL MIN = 1.5, PROTEIN = 0.5
NAME          DIET FIXED
ROWS
 N  COST
 G  KCAL MIN
 G  PROTEIN
COLUMNS
    FOOD A    COST      2.0            KCAL MIN  1.0
    FOOD A    PROTEIN   1.0
    FOOD B    COST      3.0            KCAL MIN  1.0
    FOOD B    PROTEIN   3.0
RHS
    RHS       KCAL MIN  4.0            PROTEIN   6.0
BOUNDS
 UP BND       FOOD A    100
ENDATA
