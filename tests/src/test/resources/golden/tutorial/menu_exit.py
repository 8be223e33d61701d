commands = ["add 5", "add 7", "show", "sub 2", "show", "quit", "add 100"]
total = 0
for line in commands:
    cmd, _, arg = line.partition(" ")
    if cmd == "add":
        total += int(arg)
    elif cmd == "sub":
        total -= int(arg)
    elif cmd == "show":
        print("total is", total)
    elif cmd == "quit":
        print("goodbye, final total", total)
        exit(total % 256)
print("not reached")
