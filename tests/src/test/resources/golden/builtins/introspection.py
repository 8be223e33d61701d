class Thing:
    size = 3
    def act(self):
        return "acting"
t = Thing()
print(type(1), type("s"), type([]), type(None), type(Thing), type(t), type(t.act))
print(type(1).__name__, type(t).__name__, type(3.0) is float)
print(isinstance(1, int), isinstance(1, (str, float)), isinstance(True, int), isinstance(t, object))
print(issubclass(int, object), issubclass(Thing, (int, Thing)), issubclass(bool, (int,)))
print(id(t) == id(t), id(t) != id(Thing()), isinstance(id(t), int))
print(hash(42) == hash(42), hash("key") == hash("k" + "ey"), hash(0) == hash(0.0))
print(getattr(t, "size"), getattr(t, "nope", None), hasattr(t, "act"), hasattr(t, "zzz"))
setattr(t, "size", 10)
print(t.size, Thing.size)
print(callable(print), callable(t.act), callable(3), callable(Thing))
print(repr("x"), repr(3), repr([None]), repr(1.5), repr(t.act()))
print("act" in dir(t), "size" in dir(Thing))
try:
    getattr(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
print(type(type), type(object), object.__name__, int.__mro__)
print(len.__name__, len.__doc__ is not None or True)
