# bytes and bytearray as operands: membership tries __index__ first, + and * follow CPython's sequence slots
# (the other operand's reflected method first; called directly, __mul__/__add__ raise), slices take iterables.
import sys
from unittest.mock import Mock


def attempt(label, f):
    try:
        result = f()
    except BaseException as e:
        result = type(e).__name__ + ": " + str(e)
    print(label, repr(result))


class IndexedBytes(bytes):
    __index__ = Mock(return_value=ord("a"))

key = IndexedBytes(b"q")
attempt("contains via __index__", lambda: bytearray(b"abc").__contains__(key))
print("__index__ calls", key.__index__.call_count)


class FailingIndex:
    __index__ = Mock(side_effect=MemoryError("foo"))

attempt("failing __index__, not bytes-like", lambda: b"abc".__contains__(FailingIndex()))


class FailingIndexBytes(bytes):
    __index__ = Mock(side_effect=MemoryError("foo"))

attempt("failing __index__, bytes-like", lambda: FailingIndexBytes(b"ab") in b"abc")
for value in (97, 300, -1, 2 ** 100, "a", 1.5, b"bc", memoryview(b"c"), bytearray(b"x")):
    attempt(f"{type(value).__name__} {value if isinstance(value, (int, str, float)) else bytes(value)!r} in b'abc'", lambda: value in b"abc")


class Reflected:
    def __rmul__(self, other): return "rmul"
    def __radd__(self, other): return "radd"

class Count:
    def __index__(self): return 2

for make in (lambda: b"ab", lambda: bytearray(b"ab")):
    s = make()
    name = type(s).__name__
    attempt(name + " * Reflected()", lambda: s * Reflected())
    attempt(name + " + Reflected()", lambda: s + Reflected())
    attempt(name + " * Count()", lambda: s * Count())
    attempt("Count() * " + name, lambda: Count() * s)
    attempt(name + " * 'x'", lambda: s * "x")
    attempt("'x' * " + name, lambda: "x" * s)
    attempt(name + ".__mul__('x')", lambda: s.__mul__("x"))
    attempt(name + ".__rmul__(1.5)", lambda: s.__rmul__(1.5))
    attempt(name + ".__mul__(2**100)", lambda: s.__mul__(2 ** 100))
    attempt(name + " + 1", lambda: s + 1)
    attempt(name + ".__add__(2)", lambda: s.__add__(2))
    attempt(name + " + memoryview", lambda: s + memoryview(b"m"))
    attempt(name + " * maxsize", lambda: s * sys.maxsize)
    for v in (Reflected(), Count(), "x", 3):
        t = make()
        def inplace():
            global t
            t *= v
            return t
        attempt(name + " *= " + type(v).__name__, inplace)
attempt("bytearray().__imul__('x')", lambda: bytearray(b"a").__imul__("x"))

ba = bytearray(b"foo")


class RaisingIter:
    def __iter__(self): raise UserWarning("foo")

class TypeErrorIter:
    def __iter__(self): raise TypeError("x")

class Items:
    def __getitem__(self, i):
        if i < 3:
            return 65 + i
        raise IndexError


class FloatLike:
    def __float__(self): return 1.0

for value in (object(), 1, 1.5, "ab", FloatLike(), RaisingIter(), TypeErrorIter(), Items(), [1, 2], None):
    def assign():
        ba[1:] = value
        return ba
    attempt("ba[1:] = " + type(value).__name__, assign)

for sep, maxsplit in ((None, 2 ** 64), (None, -2 ** 64), (1, 2 ** 64), (None, "x"), (b" ", 1)):
    attempt(f"split({sep!r}, {maxsplit!r})", lambda: b"a b c".split(sep, maxsplit))
    attempt(f"bytearray.rsplit({sep!r}, {maxsplit!r})", lambda: bytearray(b"a b c").rsplit(sep, maxsplit))

foo = b"foo"
print([foo.center(n) is foo for n in (-1, 0, 3)], foo.center(4), foo.ljust(2) is foo, foo.rjust(3) is foo)
print(type(bytearray(b"ab").center(1)), bytearray(b"ab").ljust(1) is bytearray(b"ab"))
empty = b""
print(empty.lower() is empty, empty.upper() is empty, bytes() is empty, b"abc"[3:] is empty, bytes([]) is empty)


class Sub(bytes):
    def __new__(cls, *args):
        print("Sub.__new__", args)
        return super().__new__(cls, *args)

class SubArray(bytearray):
    def __init__(self, *args):
        print("SubArray.__init__", args)
        super().__init__(*args)

print(type(Sub.fromhex("1111")).__name__, Sub.fromhex("1111"))
print(type(SubArray.fromhex("11")).__name__, SubArray.fromhex("11"))
print(type(bytes.fromhex("11")).__name__, type(bytearray.fromhex("11")).__name__)
attempt("bytes(maxsize)", lambda: bytes(sys.maxsize))
attempt("bytes(maxsize - 32)", lambda: bytes(sys.maxsize - 32))
attempt("bytes(2**40)", lambda: bytes(2 ** 40))
attempt("bytearray(maxsize)", lambda: bytearray(sys.maxsize))
