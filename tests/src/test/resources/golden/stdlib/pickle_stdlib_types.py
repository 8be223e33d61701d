# pickling the standard library's types: exceptions, re patterns, operator getters, typing aliases, decimal...
import collections
import dataclasses
import decimal
import fractions
import operator
import pathlib
import pickle
import re
import types
import typing


@dataclasses.dataclass
class Point:
    x: int
    y: list


class Pair(typing.NamedTuple):
    a: int
    b: str = "z"


VALUES = [
    types.SimpleNamespace(a=1, b=[2]), decimal.Decimal("1.50"), decimal.Decimal("-Infinity"), fractions.Fraction(3, 4),
    collections.UserDict(a=1), collections.UserList([1, 2]), collections.ChainMap({"a": 1}, {"b": 2}),
    pathlib.PurePosixPath("/a/b"), re.compile(r"a+b", re.I), re.compile("x"), Point(1, [2]), Pair(1),
    operator.itemgetter(1, 2), operator.itemgetter("k"), operator.attrgetter("a.b", "c"), operator.methodcaller("f", 1),
    operator.methodcaller("g", 1, k=2), operator.add, int | str, list[int], dict[str, list[int]], typing.List,
    typing.List[int], typing.Dict[str, int], typing.Optional[int], typing.Union[int, str], typing.Optional,
]

for value in VALUES:
    print("--", repr(value)[:50] if value is not operator.add else "operator.add")
    for protocol in (0, 2, 4):
        data = pickle.dumps(value, protocol)
        back = pickle.loads(data)
        if isinstance(value, (operator.itemgetter, operator.attrgetter, operator.methodcaller)):
            print(protocol, data, type(back).__name__)
        else:
            print(protocol, data, back == value)
getter = pickle.loads(pickle.dumps(operator.attrgetter("real", "imag")))
print(getter(3 + 4j), pickle.loads(pickle.dumps(operator.methodcaller("split", ",", maxsplit=1)))("a,b,c"))
print(pickle.loads(pickle.dumps(re.compile(r"(\d+)-(\d+)"))).match("12-34").groups())

print("-- exceptions")
for make in [lambda: ValueError("bad", 3), lambda: KeyError("k"), lambda: OSError(2, "No such file", "x.txt"),
             lambda: FileNotFoundError(2, "nf"), lambda: OSError(2, "x", "f", None, "g"), lambda: OSError("plain"),
             lambda: SyntaxError("bad", ("f.py", 1, 2, "x = ", 1, 3)), lambda: ImportError("m", name="n", path="p"),
             lambda: StopIteration(5), lambda: SystemExit(3), lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")]:
    for protocol in (0, 2, 4):
        data = pickle.dumps(make(), protocol)
        back = pickle.loads(data)
        print(protocol, data)
        print("   ", type(back).__name__, back.args, str(back))
    if isinstance(back, OSError):
        print("   ", back.errno, back.strerror, back.filename, back.filename2)
    if isinstance(back, ImportError):
        print("   ", back.name, back.path, back.msg)
    if isinstance(back, SyntaxError):
        print("   ", back.msg, back.filename, back.lineno, back.offset, back.text, back.end_lineno, back.end_offset)
error = ValueError("with attribute")
error.note = "extra"
print(pickle.dumps(error, 2), vars(pickle.loads(pickle.dumps(error))))
