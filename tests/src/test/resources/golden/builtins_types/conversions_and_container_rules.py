# int() through __trunc__, int.__new__(bool), int.from_bytes's check order, format() width/precision limits,
# str methods' argument order, list slice assignment and extend.
import collections
import warnings

warnings.simplefilter("always")


def attempt(label, f):
    try:
        result = f()
    except BaseException as e:
        result = type(e).__name__ + ": " + str(e)
    print(label, repr(result))


class Index:
    def __index__(self):
        return 5


class TruncToIndex:
    def __trunc__(self):
        return Index()


class TruncToOther:
    def __trunc__(self):
        return "five"


class TruncToBool:
    def __trunc__(self):
        return True


class IntAndTrunc:
    def __int__(self):
        return 7

    def __trunc__(self):
        return 8


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    attempt("int(TruncToIndex())", lambda: int(TruncToIndex()))
    attempt("int(TruncToOther())", lambda: int(TruncToOther()))
    attempt("int(TruncToBool())", lambda: int(TruncToBool()))
    attempt("int(IntAndTrunc())", lambda: int(IntAndTrunc()))
    foo = TruncToIndex()
    foo.__trunc__ = "not callable"
    attempt("int.__new__(int, foo)", lambda: int.__new__(int, foo))
print([str(w.message) for w in caught])
attempt("int.__new__(bool, 0)", lambda: int.__new__(bool, 0))
attempt("int.__new__(str, 0)", lambda: int.__new__(str, 0))


class MyInt(int):
    pass


attempt("int.__new__(MyInt, 3)", lambda: type(int.__new__(MyInt, 3)).__name__)
attempt("from_bytes('x', 'medium')", lambda: int.from_bytes("not bytes", byteorder="medium"))
attempt("from_bytes('x', 'big')", lambda: int.from_bytes("not bytes", byteorder="big"))
attempt("from_bytes(b'\\x01\\x00', 'little')", lambda: int.from_bytes(b"\x01\x00", "little"))

for spec in (".2147483648f", ".2147483648e", ".2147483648", ".2147483648s", ".2147483648d", ".99999999999999999999f",
             "99999999999999999999f", ".9223372036854775807g", "<9223372036854775807"):
    for value in (0.0, 1, "s", 1j):
        attempt(f"format({value!r}, {spec!r})", lambda: format(value, spec))


class MyStr(str):
    pass


class MyFloat(float):
    pass


attempt("str.__format__('', 'd')", lambda: str.__format__("", "d"))
attempt("format(MyStr(''), snake)", lambda: format(MyStr(""), "\U0001f40d"))
attempt("format(MyInt(1), 'q')", lambda: format(MyInt(1), "q"))
attempt("format(MyFloat(1), 'd')", lambda: format(MyFloat(1), "d"))
attempt("format(MyFloat(1.5), '.1f')", lambda: format(MyFloat(1.5), ".1f"))
attempt("maketrans(MyStr key)", lambda: str.maketrans({MyStr("a"): 2}))
attempt("maketrans(MyInt key)", lambda: str.maketrans({MyInt(98): "x"}))
attempt("'a'.split([], 'x')", lambda: "a".split([], "x"))
attempt("'a'.split(1, 2**64)", lambda: "a".split(1, 2 ** 64))
attempt("'a b'.rsplit(maxsplit=-2**64)", lambda: "a b".rsplit(maxsplit=-2 ** 64))
attempt("'a b'.split(maxsplit=2**63 - 1)", lambda: "a b".split(maxsplit=2 ** 63 - 1))


class FailingIterDescriptor:
    def __get__(self, obj, owner):
        raise UserWarning("foo")


class NoIter:
    __iter__ = FailingIterDescriptor()


attempt("''.join(NoIter())", lambda: "".join(NoIter()))
attempt("list(NoIter())", lambda: list(NoIter()))

items = []
for value in (1, None, 1.5):
    def assign():
        items[:] = value
    attempt(f"items[:] = {value!r}", assign)
    def assign_extended():
        items[::2] = value
    attempt(f"items[::2] = {value!r}", assign_extended)


class RaisesAfterFive:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n > 4:
            raise UserWarning("foo")
        self.n += 1
        return self.n


result = [0]
attempt("extend", lambda: result.extend(RaisesAfterFive()))
print(result)
result = [0]


def iadd():
    global result
    result += RaisesAfterFive()


attempt("+=", iadd)
print(result)
