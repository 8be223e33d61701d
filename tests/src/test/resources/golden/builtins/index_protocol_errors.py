# __index__ results must be ints: operator.index, sequence indices, slices, repetition, range, hex report CPython's errors
import operator
class O:
    def __init__(self, v): self.ind = v
    def __index__(self): return self.ind
for v in ("dumb", 2.5, None, 3):
    for f in (operator.index, lambda o: b"abcd"[o], lambda o: [1, 2, 3, 4][o], lambda o: "abcd"[o], lambda o: slice(o).indices(10), lambda o: (1, 2) * o, lambda o: range(o), lambda o: hex(o)):
        try:
            print(repr(f(O(v))))
        except TypeError as e:
            print("TypeError:", e)
