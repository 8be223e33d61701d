# The types module: names of the built-in types, SimpleNamespace, MappingProxyType, ModuleType, the dynamic class
# creation helpers and DynamicClassAttribute.
import sys
import types


def attempt(function, *args, **kwargs):
    try:
        print(repr(function(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


def f():
    pass


def gen():
    yield 1


class C:
    def method(self):
        pass


print("-- type names")
checks = [
    ("FunctionType", f), ("LambdaType", lambda: 0), ("CodeType", f.__code__), ("GeneratorType", gen()),
    ("MethodType", C().method), ("BuiltinFunctionType", len), ("BuiltinMethodType", [].append),
    ("ModuleType", sys), ("NoneType", None), ("NotImplementedType", NotImplemented), ("EllipsisType", ...),
    ("GenericAlias", list[int]), ("UnionType", int | str),
]
for name, value in checks:
    cls = getattr(types, name)
    print(name, cls.__name__, isinstance(value, cls), type(value) is cls)
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
    print(isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType))
print(types.TracebackType.__name__, types.FrameType.__name__)
print(isinstance(sys._getframe(), types.FrameType))
print(types.NoneType(), types.EllipsisType(), types.NotImplementedType())
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
print(types.MethodType(lambda self: self, 5)())
print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType), callable(types.FunctionType))

print("-- SimpleNamespace")
ns = types.SimpleNamespace(a=1, b="two")
print(ns, repr(ns), ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns), sorted(ns.__dict__))
print(types.SimpleNamespace() == types.SimpleNamespace(), types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1))
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2), types.SimpleNamespace(x=1) != types.SimpleNamespace(x=1))
print(types.SimpleNamespace(x=1) == {"x": 1})
attempt(types.SimpleNamespace, 1)
attempt(types.SimpleNamespace, **{"a b": 1})
print(types.SimpleNamespace.__hash__ is None)
ns.self = ns
print(ns)


class Point(types.SimpleNamespace):
    pass


print(Point(x=1, y=2), Point(x=1) == types.SimpleNamespace(x=1))
print(types.SimpleNamespace.__name__, types.SimpleNamespace)
print(getattr(types.SimpleNamespace(), "missing", "default"))

print("-- MappingProxyType")
d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp, repr(mp), type(mp).__name__, types.MappingProxyType.__name__)
print(mp["a"], mp.get("z"), mp.get("z", 0), "a" in mp, "z" in mp, len(mp), list(mp), list(reversed(mp)))
print(list(mp.keys()), list(mp.values()), list(mp.items()), mp.copy(), type(mp.copy()).__name__)
d["c"] = 3
print(mp, len(mp), mp == d, mp == {"a": 1}, mp | {"z": 0}, {"z": 0} | mp)
for action in [lambda: mp.__setitem__("a", 5), lambda: mp["missing"]]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del mp["a"]
except TypeError as e:
    print("TypeError", e)
for bad in [1, [1, 2], (1, 2), None]:
    attempt(types.MappingProxyType, bad)
print(types.MappingProxyType(types.MappingProxyType({"k": "v"})))
print(str(mp))

print("-- ModuleType")
m = types.ModuleType("mymod")
print(m, m.__name__, m.__doc__, m.__package__, m.__loader__, m.__spec__)
m2 = types.ModuleType("other", "Docs here.")
print(m2.__doc__, isinstance(m2, types.ModuleType), type(m2) is type(sys))
m.x = 42
print(m.x, sorted(k for k in vars(m) if not k.startswith("__")))
exec("y = x + 1", m.__dict__)
print(m.y)
try:
    m.missing
except AttributeError as e:
    print("AttributeError", e)
attempt(types.ModuleType)
attempt(types.ModuleType, 5)


class MyModule(types.ModuleType):
    def hello(self):
        return "hello from " + self.__name__


mm = MyModule("custom")
print(mm.hello(), isinstance(mm, types.ModuleType))

print("-- new_class and friends")
Dyn = types.new_class("Dyn", (C,), exec_body=lambda ns: ns.update({"z": 9}))
print(Dyn.__name__, Dyn.__bases__, Dyn.z, Dyn().z, isinstance(Dyn(), C))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", name, bases, kwds)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kwds):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


WithMeta = types.new_class("WithMeta", (), {"metaclass": Meta, "flag": 1})
print(type(WithMeta).__name__, WithMeta.prepared)
print(types.prepare_class("P", (), {"metaclass": Meta, "k": 2}))
meta, ns, kwds = types.prepare_class("Q")
print(meta, ns, kwds)
meta, ns, kwds = types.prepare_class("Q", (WithMeta,))
print(meta.__name__, ns, kwds)


class Entry:
    def __mro_entries__(self, bases):
        return (C, dict)


e = Entry()
print(types.resolve_bases((int, e, str)) == (int, C, dict, str))
bases = (int,)
print(types.resolve_bases(bases) is bases)
Resolved = types.new_class("Resolved", (e,))
print(Resolved.__bases__, Resolved.__orig_bases__ == (e,))
print(types.get_original_bases(Resolved) == (e,), types.get_original_bases(C))
attempt(types.get_original_bases, 5)


class BadEntry:
    def __mro_entries__(self, bases):
        return [C]


attempt(types.resolve_bases, (BadEntry(),))


class M1(type):
    pass


class M2(type):
    pass


A1 = M1("A1", (), {})
A2 = M2("A2", (), {})
attempt(types.new_class, "Conflict", (A1, A2))

print("-- DynamicClassAttribute")


class Color:
    def __init__(self, label):
        self._label = label

    @types.DynamicClassAttribute
    def name(self):
        "The label."
        return self._label.upper()

    def __getattr__(self, attr):
        return "getattr:" + attr


class ColorMeta(type):
    def __getattr__(cls, attr):
        return "class-getattr:" + attr


class Shade(Color, metaclass=ColorMeta):
    pass


print(Color("red").name, Shade("blue").name, Shade.name)
print(Color.__dict__["name"].__doc__)
try:
    Color.__dict__["name"].__get__(None, Color)
except AttributeError as e:
    print("AttributeError", repr(e))
c = Color("x")
try:
    c.name = "y"
except AttributeError as e:
    print("AttributeError", e)

print("-- coroutine")
g2 = types.coroutine(gen)
print(list(g2()), g2.__name__)
wrapped = types.coroutine(len)
print(wrapped is len, wrapped([1, 2]))
attempt(types.coroutine, 5)
print(sorted(n for n in ["SimpleNamespace", "MappingProxyType", "new_class", "ModuleType"] if n in types.__all__))

print("-- attribute fallbacks these rely on")


class Fallback:
    @property
    def prop(self):
        raise AttributeError("prop")

    def __getattr__(self, name):
        return "getattr:" + name


print(Fallback().prop, Fallback().other)
Made = type("Made", (), {})
print(Made, Made.__module__, types.new_class("Dyn2").__module__)
try:
    raise TypeError("caught")
except TypeError as caught:
    del caught  # the handler's own clean-up of the name must not fail afterwards
print("caught" in globals())


def handler_in_function():
    try:
        raise KeyError
    except KeyError as error:
        del error
    return "function handler done"


print(handler_in_function())
