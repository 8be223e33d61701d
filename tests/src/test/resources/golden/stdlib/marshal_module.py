# marshal: CPython's serialization format for values (dumps/loads, dump/load, versions 0-4), and its errors.
import io
import marshal


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


print(marshal.version)
values = [None, True, False, ..., StopIteration, 0, 1, -1, 256, 1000, -5, 2 ** 31 - 1, -2 ** 31, 2 ** 31, -2 ** 31 - 1,
          2 ** 15, 2 ** 40, -2 ** 70, 10 ** 30, 1.5, -0.0, 0.1, 1e300, float("inf"), 1 + 2j, complex(0.1, -2),
          "abc", "a b", "é", "\u20ac\U0001F600", "\ud800", "", "s" * 300, "é" * 300, b"", b"ab", (), (1, 2),
          (1, (2, "x")), ("a", "b", "a"), [], [1, "a"], {"a": 1, "b": [2, 3]}, {1, 2}, frozenset(), frozenset({5, 3, 4}),
          {1: (2, 3), "k": {4}}, [1000, 1000, "a b", "a b", 2.5, 2.5, (1,), (1,), 1, 1], tuple(range(300))]
for value in values:
    for version in (0, 1, 2, 3, 4):
        data = marshal.dumps(value, version)
        back = marshal.loads(data)
        same = back == value or (back != back and value != value)
        if version in (2, 4) or not same:
            print(repr(value)[:40], version, data[:60], same, type(back).__name__)

shared = [5000]
data = marshal.dumps([shared, shared, shared])
print(data)
back = marshal.loads(data)
print(back, back[0] is back[1], marshal.dumps([shared, shared], 2))
nested = [[1], [2]]
print(marshal.dumps(nested), marshal.dumps([[1], [2]]), marshal.dumps(x for x in ()) if False else "")
cycle = [1]
cycle.append(cycle)
print(marshal.dumps(cycle))
print(marshal.dumps(frozenset({"b", "a", 3})), marshal.dumps({"b", "a", 3}, 2), marshal.dumps({(2, "x"), (1, "y")}))
back = marshal.loads(marshal.dumps(cycle))
print(back, back[1] is back)
name = "zz"
print(marshal.dumps([name, name]), marshal.dumps([name, name], 2), marshal.dumps(name, 0))
print(marshal.dumps(bytearray(b"ab")), marshal.dumps(memoryview(b"cd")), marshal.loads(bytearray(b"N")),
      marshal.loads(memoryview(b"\xe9\x07\x00\x00\x00")))
print(marshal.loads(b"\xe9\x05\x00\x00\x00extra"), marshal.loads(b"I\x01\x00\x00\x00\x00\x00\x00\x00"),
      marshal.loads(b"f\x03inf"), marshal.loads(b"x\x03nan\x04-inf"), marshal.loads(b"a\x02\x00\x00\x00\xc3\xa9"))

stream = io.BytesIO()
marshal.dump([1, "a"], stream)
marshal.dump(2.5, stream, 1)
marshal.dump({"k": None}, stream)
stream.seek(0)
print(marshal.load(stream), marshal.load(stream), marshal.load(stream))
attempt("load at end", lambda: marshal.load(stream))

deep = []
for _ in range(3000):
    deep = [deep]
attempt("too deep", lambda: marshal.dumps(deep))
fine = []
for _ in range(1000):
    fine = [fine]
print(len(marshal.dumps(fine)), marshal.loads(marshal.dumps(fine)) == fine)


class Int(int):
    pass


class Bytes(bytes):
    pass


for value in (object(), lambda: 0, int, Int(3), [1, object()], {1: 2j, 2: {3: print}}):
    attempt(f"dumps({type(value).__name__})", lambda: marshal.dumps(value))
print(marshal.dumps(Bytes(b"x")))
attempt("version str", lambda: marshal.dumps([1], "x"))
attempt("loads(str)", lambda: marshal.loads("s"))
attempt("loads(int)", lambda: marshal.loads(3))
for data in [b"", b"x", b"i\x01", b"0", b"N", b"l\x01\x00\x00\x00", b"l\x01\x00\x00\x00\x00\x80",
             b"l\x01\x00\x00\x00\x00\x00", b"l\xff\xff\xff\x7f", b"s\x05\x00\x00\x00ab", b"s\xff\xff\xff\xff",
             b"z\x05ab", b"u\x02\x00\x00\x00\xff\xfe", b"r\x00\x00\x00\x00", b"(\x02\x00\x00\x00N", b")\x01", b"{N",
             b"{NN", b"{NN0", b"[\xff\xff\xff\xff", b"<\x01\x00\x00\x00[\x00\x00\x00\x00", b"g\x00\x00", b"f",
             b"f\x05ab", b"f\x03abc", b"x\x011", b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00", b"y", b"?", b"S", b"."]:
    attempt(f"loads({data!r})", lambda: marshal.loads(data))
