* Wyndor Glass (Hillier and Lieberman, Introduction to Operations Research, ch. 3).
*   maximize 3 x + 5 y   s.t.  x <= 4,  2 y <= 12,  3 x + 2 y <= 18,  x, y >= 0
* Known answer (vertex x = 2, y = 6; rows PLANT2 and PLANT3 bind):
*   objective 36
*   primal    x = 2, y = 6
*   duals     PLANT1 = 0, PLANT2 = 1.5, PLANT3 = 1   (shadow prices of the maximum)
*   reduced   x = 0, y = 0
NAME WYNDOR
OBJSENSE
    MAX
ROWS
 N  PROFIT
 L  PLANT1
 L  PLANT2
 L  PLANT3
COLUMNS
    x  PROFIT  3  PLANT1  1
    x  PLANT3  3
    y  PROFIT  5  PLANT2  2
    y  PLANT3  2
RHS
    RHS  PLANT1  4  PLANT2  12
    RHS  PLANT3  18
ENDATA
