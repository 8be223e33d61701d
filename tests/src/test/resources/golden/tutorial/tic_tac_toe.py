def new_board():
    return [[" "] * 3 for _ in range(3)]
def show(board):
    print("   1   2   3")
    for i, row in enumerate(board):
        print(f"{'ABC'[i]}  " + " | ".join(row))
        if i < 2:
            print("  ---+---+---")
def winner(board):
    lines = [row[:] for row in board]
    lines += [[board[r][c] for r in range(3)] for c in range(3)]
    lines.append([board[i][i] for i in range(3)])
    lines.append([board[i][2 - i] for i in range(3)])
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    return None
board = new_board()
moves = [(1, 1), (0, 0), (0, 2), (2, 0), (1, 0), (1, 2), (2, 1), (0, 1), (2, 2)]
player = "X"
for turn, (r, c) in enumerate(moves, 1):
    board[r][c] = player
    w = winner(board)
    if w:
        print(f"Turn {turn}: {w} wins!")
        break
    player = "O" if player == "X" else "X"
else:
    print("It's a draw")
show(board)
board2 = new_board()
for r, c, p in [(0, 0, "X"), (1, 1, "X"), (2, 2, "X"), (0, 1, "O"), (0, 2, "O")]:
    board2[r][c] = p
show(board2)
print("winner:", winner(board2))
