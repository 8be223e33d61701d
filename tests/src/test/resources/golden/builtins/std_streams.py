# sys.stdin/stdout/stderr as text streams: attributes, iteration, readlines, writelines (stdin is empty here).
import sys
print(sys.stdout.name, sys.stdin.name, sys.stderr.name, sys.stdin.mode, sys.stdout.mode, sys.stdout.encoding)
print(sys.stderr.errors, sys.stdout.errors, sys.stdout.fileno(), sys.stdin.readable(), sys.stdout.writable(), sys.stdout.closed)
print([line for line in sys.stdin], sys.stdin.readlines(), repr(sys.stdin.read()), repr(sys.stdin.readline()))
sys.stdout.writelines(["one ", "two\n"])
print(sys.stdout.write("three\n"))
sys.stderr.writelines(["to ", "stderr\n"])
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes through sys.stdout.buffer\n")
sys.stdout.buffer.flush()
print(sys.stdout.buffer.write(bytearray(b"ab\n")))
