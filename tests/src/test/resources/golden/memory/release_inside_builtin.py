# Krait's one remaining difference in release timing (see KNOWN_FAILURES.md): when a builtin drops the last
# reference in the middle of an expression, CPython releases at once, Krait at the end of the statement.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


it = iter([A(1)])
print(next(it).n)
print("exhausted:", next(it, "yes"))
lst = [A(2)]
print("popped:", lst.pop().n, "and then", len(lst))
