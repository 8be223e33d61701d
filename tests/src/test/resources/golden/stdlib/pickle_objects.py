# pickling classes, functions and instances: reduce protocol hooks, copyreg, collections, enum, datetime
import collections
import copyreg
import datetime
import enum
import functools
import io
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]

    def __eq__(self, other):
        return type(other) is Plain and vars(self) == vars(other)


class WithState:
    def __init__(self, x):
        self.x = x

    def __getstate__(self):
        return {"doubled": self.x * 2}

    def __setstate__(self, state):
        self.x = state["doubled"] // 2


class NewArgs:
    def __new__(cls, a):
        obj = object.__new__(cls)
        obj.a = a
        return obj

    def __getnewargs__(self):
        return (self.a,)


class NewArgsEx:
    def __new__(cls, a, *, b):
        obj = object.__new__(cls)
        obj.a = a
        obj.b = b
        return obj

    def __getnewargs_ex__(self):
        return (self.a,), {"b": self.b}


class Slots:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = 1
        self.q = "z"


class Reduced:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return (Reduced, (self.value,), None, None, None)


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {"s": 1}, None, None, set_state)


def set_state(obj, state):
    obj.set_by = state


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class Outer:
    class Inner:
        pass


Point = collections.namedtuple("Point", "x y")


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2


def function():
    pass


def show(value, protocols=range(6)):
    for protocol in protocols:
        data = pickle.dumps(value, protocol)
        back = pickle.loads(data)
        if isinstance(back, (enum.Enum, dict)):
            state = back
        elif isinstance(back, list) and back and type(back[0]) is Plain:
            state = [vars(item) for item in back]
        elif hasattr(back, "__dict__") and not isinstance(back, type):
            state = vars(back)
        else:
            state = back
        print(protocol, data)
        print("   ", type(back).__name__, state)


for value in [Plain, Outer.Inner, function, Point, Color, Plain(), [Plain(), Plain()], WithState(21), NewArgs(5),
              NewArgsEx(1, b=2), Reduced(3), WithSetter(), MyList([1, 2]), MyDict(a=1), MyInt(7),
              Outer.Inner(), Point(1, 2), Color.RED, [Color.RED, Color.GREEN, Color.RED], Perm.R | Perm.W,
              collections.OrderedDict(a=1, b=2), collections.defaultdict(list, a=[1]), collections.deque([1, 2]),
              collections.deque([1], maxlen=3), collections.Counter("abca"), datetime.date(2020, 1, 2),
              datetime.datetime(2020, 1, 2, 3, 4, 5, 123456), datetime.time(1, 2, 3, 4), datetime.timedelta(1, 2, 3),
              datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=2), "X"),
              datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone.utc), datetime.datetime(2020, 11, 1, 1, 30, fold=1),
              functools.partial(max, 1, key=abs), ValueError("bad", 3), KeyError("k")]:
    print("--", type(value).__name__)
    show(value)

slots = Slots()
for protocol in (2, 4):
    back = pickle.loads(pickle.dumps(slots, protocol))
    print(protocol, back.p, back.q)
print(pickle.loads(pickle.dumps(WithSetter())).set_by)

print("-- copyreg")


class Registered:
    def __init__(self, n):
        self.n = n


def reduce_registered(obj):
    return Registered, (obj.n * 10,)


copyreg.pickle(Registered, reduce_registered)
for protocol in range(6):
    data = pickle.dumps(Registered(4), protocol)
    print(protocol, data, pickle.loads(data).n)
copyreg.add_extension("__main__", "Plain", 200)
copyreg.add_extension("__main__", "function", 70000)
for protocol in range(6):
    data = pickle.dumps([Plain, function], protocol)
    print(protocol, data, pickle.loads(data) == [Plain, function])
copyreg.remove_extension("__main__", "Plain", 200)
copyreg.remove_extension("__main__", "function", 70000)

print("-- Pickler and Unpickler")


class IdPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith("ext:"):
            return obj[4:]
        return None


class IdUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


for protocol in range(6):
    buffer = io.BytesIO()
    IdPickler(buffer, protocol).dump(["ext:one", "plain", ("ext:two",)])
    print(protocol, buffer.getvalue())
    buffer.seek(0)
    print(IdUnpickler(buffer).load())


class TablePickler(pickle.Pickler):
    dispatch_table = {Plain: lambda obj: (dict, ((("was", "Plain"),),))}


buffer = io.BytesIO()
TablePickler(buffer, 2).dump([Plain(), 1])
print(buffer.getvalue(), pickle.loads(buffer.getvalue()))


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is function:
            return (str, ("function replaced",))
        return NotImplemented


buffer = io.BytesIO()
OverridePickler(buffer, 4).dump([function, 5, "s"])
print(buffer.getvalue(), pickle.loads(buffer.getvalue()))

buffer = io.BytesIO()
pickle.dump({"a": [1, 2]}, buffer)
pickle.dump("second", buffer, 0)
pickle.dump(list(range(20000)), buffer)
buffer.seek(0)
print(pickle.load(buffer), pickle.load(buffer), len(pickle.load(buffer)), buffer.read())
pickler = pickle.Pickler(io.BytesIO(), 2)
value = [1]
pickler.dump([value, value])
pickler.dump(value)
print(pickler.__class__.__name__, pickler.__class__.__module__)
print(pickle.PicklingError.__module__, pickle.PickleError.__mro__)

print("-- Python 2 pickles")
print(pickle.loads(b"(dp0\nS'a'\np1\nI1\nsS'b\\x41\\n'\np2\nL12L\ns."))
print(pickle.loads(b"c__builtin__\nxrange\n(I0\nI3\nI1\ntR."))
print(pickle.loads(b"U\x02\xe9b.", encoding="latin1"), pickle.loads(b"T\x02\x00\x00\x00ab.", encoding="bytes"))
print(pickle.loads(b"(i__main__\nPlain\n(dS'a'\nI5\nsb.").a)
print(pickle.loads(b"\x80\x02cexceptions\nValueError\nX\x01\x00\x00\x00x\x85R."))

print("-- PickleBuffer")
buffer = pickle.PickleBuffer(b"abc")
print(pickle.dumps(buffer, 5), pickle.loads(pickle.dumps(buffer, 5)))
buffer = pickle.PickleBuffer(bytearray(b"abc"))
print(pickle.dumps(buffer, 5), pickle.loads(pickle.dumps(buffer, 5)))
buffers = []
data = pickle.dumps([pickle.PickleBuffer(b"out")], 5, buffer_callback=buffers.append)
print(data, len(buffers), pickle.loads(data, buffers=[b"back"]))
