# map and zip are not latched (a resuming iterator is followed again); zip propagates errors from __iter__;
# int.from_bytes on a subclass (bool) returns cls(value)
class Resumable:
    def __init__(self, high):
        self.i = 0
        self.high = high

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.high:
            raise StopIteration
        self.i += 1
        return self.i


r = Resumable(3)
m = map(lambda x: x * 10, r)
print(list(m))
r.high = 5
print(list(m))
r2 = Resumable(2)
z = zip(r2, "abcdef")
print(list(z))
r2.high = 4
print(list(z))


class FailingIter:
    def __iter__(self):
        raise RuntimeError("no iteration today")


try:
    zip([1], FailingIter())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    zip([1], 5)
except TypeError as e:
    print("TypeError:", e)
print(bool.from_bytes(b"\x00" * 8, "big"), bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x01", "big")).__name__)


class MyInt(int):
    pass


print(type(MyInt.from_bytes(b"\x05", "little")).__name__, int.from_bytes(b"\x01\x00", "big"))
