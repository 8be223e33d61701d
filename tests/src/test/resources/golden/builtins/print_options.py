import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=";")
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
print("x", sep=None, end=None)
sys.stdout.write("written directly\n")
print("multi\nline")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
print("flushed", flush=True)
