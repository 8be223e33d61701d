# input() reads sys.stdin and prompts on sys.stdout when a program replaced them (a test feeding answers).
import sys, io
sys.stdin = io.StringIO("hello\n2+2\nlast")
print(input())
print(eval(input("prompt> ")))
print(input())
try: input()
except EOFError as e: print("EOFError", e)
class Weird:
    def readline(self): return 42
sys.stdin = Weird()
try: input()
except Exception as e: print(type(e).__name__, e)
sys.stdin = sys.__stdin__
sys.stdout = io.StringIO()
sys.stdin = io.StringIO("42\n")
answer = input("number? ")
captured = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print(repr(answer), repr(captured))
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)
