* A primal-degenerate optimum (three rows through one vertex in the plane) and an
* objective constant (RHS on the objective row is minus the constant):
*   minimize -x - y + 10   s.t.  x <= 1,  y <= 1,  x + y <= 2  (all L rows),  x, y >= 0.
* Optimum x = y = 1, value -2 + 10 = 8.  The duals are not unique: for t in [0, 1]
*   ROWX = -(1 - t), ROWY = -(1 - t), ROWXY = -t  all solve  c = A'y, y <= 0.
*   objective 8
*   primal    x = 1, y = 1
*   duals     a point of the face above (not unique)
NAME DEGEN
ROWS
 N  obj
 L  ROWX
 L  ROWY
 L  ROWXY
COLUMNS
    x  obj  -1  ROWX  1
    x  ROWXY  1
    y  obj  -1  ROWY  1
    y  ROWXY  1
RHS
    RHS  obj  -10
    RHS  ROWX  1  ROWY  1
    RHS  ROWXY  2
ENDATA
