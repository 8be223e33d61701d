# Repeating or padding a sequence past what memory holds raises (MemoryError or OverflowError, as CPython)
# instead of hanging; array's own checks come in CPython's order.
import array
import collections
import sys

M = sys.maxsize


def attempt(label, f):
    try:
        result = f()
        result = type(result).__name__ + " of " + str(len(result))
    except BaseException as e:
        result = type(e).__name__ + ": " + str(e)
    print(label, result)


def inplace(make, n):
    def run():
        x = make()
        x *= n
        return x
    return run


attempt("[1] * maxsize", lambda: [1] * M)
attempt("[1, 2, 3] * maxsize", lambda: [1, 2, 3] * M)
attempt("(1, 2, 3) * maxsize", lambda: (1, 2, 3) * M)
attempt("'a' * maxsize", lambda: "a" * M)
attempt("'abc' * maxsize", lambda: "abc" * M)
attempt("b'a' * maxsize", lambda: b"a" * M)
attempt("b'abc' * maxsize", lambda: b"abc" * M)
attempt("bytearray(b'abc') * maxsize", lambda: bytearray(b"abc") * M)
for code, items in (("b", [1]), ("i", [1, 2, 3]), ("d", [1.0, 2.0]), ("q", [1, 2, 3, 4])):
    for n in (M, M // 2, 2 ** 62, 2 ** 61 + 1, 3):
        attempt(f"array({code!r}, {items}) * {n}", lambda: array.array(code, items) * n)
        attempt(f"{n} * array({code!r}, {items})", lambda: n * array.array(code, items))
        attempt(f"array({code!r}, {items}) *= {n}", inplace(lambda: array.array(code, items), n))
attempt("deque * maxsize", lambda: collections.deque([1, 2, 3]) * M)
attempt("deque *= maxsize", inplace(lambda: collections.deque([1, 2, 3]), M))
attempt("list *= maxsize", inplace(lambda: [1, 2, 3], M))
attempt("bytearray *= maxsize", inplace(lambda: bytearray(b"abc"), M))
attempt("'a'.center(maxsize)", lambda: "a".center(M))
attempt("'a'.zfill(maxsize)", lambda: "a".zfill(M))
attempt("'%*d' % (maxsize, 1)", lambda: "%*d" % (M, 1))
attempt("b'%*d' % (maxsize, 1)", lambda: b"%*d" % (M, 1))
attempt("'%-*d' % (maxsize, 1)", lambda: "%-*d" % (M, 1))
attempt("format(1, maxsize d)", lambda: format(1, "%dd" % M))
attempt("format(1.5, maxsize f)", lambda: format(1.5, "%df" % M))
attempt("format('s', '<' maxsize)", lambda: format("s", "<%d" % M))
attempt("format(1j, maxsize)", lambda: format(1j, "%d" % M))

a = array.array("i", [1, 2, 3])
attempt("array.__mul__('hello')", lambda: a.__mul__("hello"))
attempt("array * 'hello'", lambda: a * "hello")
attempt("'hello' * array", lambda: "hello" * a)
attempt("array.__mul__(1.5)", lambda: a.__mul__(1.5))
attempt("array.__imul__('x')", lambda: array.array("b", [1]).__imul__("x"))


class Count:
    def __index__(self):
        return 3

attempt("array * Count()", lambda: a * Count())
attempt("array.__mul__(Count())", lambda: a.__mul__(Count()))
print(repr(a * 2), repr(array.array("b")))


class Sub(array.array):
    pass

print(repr(Sub("i", [1])), type(Sub("i", [1]) * 2).__name__)
attempt("array('c', unicode array)", lambda: array.array("c", array.array("u")))
attempt("array('c', 'text')", lambda: array.array("c", "text"))
attempt("array('b', 'text')", lambda: array.array("b", "text"))
attempt("array('c')", lambda: array.array("c"))
attempt("array('i', unicode array)", lambda: array.array("i", array.array("u", "ab")))
attempt("array + list", lambda: array.array("b") + [1])
