* Every bound type, with rows that keep x4 and x5 honest:
*   minimize x1 - x2 + 5 x3 + x4 - 2 x5 + 2 x6 - x7 - x8 - x9 + x10
*   s.t.  R1: x4 - x5 >= -6      R2: x1 + x2 + x7 <= 10
*   x1 LO 1 | x2 UP 3 | x3 FX 2 | x4 FR | x5 MI, UP 4 | x6 PL | x7 BV (read as [0, 1])
*   x8 MI, UP -2 (the MPS rule that a negative UP alone makes the lower bound -inf is
*   tested in MPSReaderTests; HiGHS 1.15 does not follow it) | x9 UI 7 | x10 LI 2
* Each column goes to the bound its cost prefers; x4 = x5 - 6 (R1 binds), so x4 - 2 x5
* = -x5 - 6 is least at x5 = 4, x4 = -2.  R2: 1 + 3 + 1 = 5 < 10, slack.
* Duals: x4 basic and free: 1 - y1 = 0, so y1 = 1; y2 = 0.
*   objective -6
*   primal    x1 = 1, x2 = 3, x3 = 2, x4 = -2, x5 = 4, x6 = 0, x7 = 1, x8 = -2, x9 = 7, x10 = 2
*   duals     R1 = 1, R2 = 0
*   reduced   x1 = 1, x2 = -1, x3 = 5, x4 = 0, x5 = -1, x6 = 2, x7 = -1, x8 = -1, x9 = -1, x10 = 1
NAME BOUNDS
ROWS
 N  obj
 G  R1
 L  R2
COLUMNS
    x1  obj  1  R2  1
    x2  obj  -1  R2  1
    x3  obj  5
    x4  obj  1  R1  1
    x5  obj  -2  R1  -1
    x6  obj  2
    x7  obj  -1  R2  1
    x8  obj  -1
    x9  obj  -1
    x10  obj  1
RHS
    RHS  R1  -6  R2  10
BOUNDS
 LO BND  x1  1
 UP BND  x2  3
 FX BND  x3  2
 FR BND  x4
 MI BND  x5
 UP BND  x5  4
 PL BND  x6
 BV BND  x7
 MI BND  x8
 UP BND  x8  -2
 UI BND  x9  7
 LI BND  x10  2
ENDATA
