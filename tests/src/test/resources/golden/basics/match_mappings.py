# Mapping patterns: which subjects are mappings, how keys are read, **rest, duplicate and unhashable keys.
import collections


class Keys:
    NAME = "name"
    AGE = "age"


def describe(v):
    match v:
        case {}:
            pass
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {Keys.NAME: name, Keys.AGE: int(age)}:
            return f"person {name} aged {age}"
        case {"type": kind, **rest}:
            return f"{kind} with rest {rest}"
        case {1: one, -2: minus_two, 2.5: f, None: n, False: t}:
            return f"odd keys {one} {minus_two} {f} {n} {t}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"


for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1}, {"name": "Ann", "age": 7, "extra": 1},
          {"name": "Bob", "age": "old"}, {"type": "box", "w": 3, "h": 4}, {1: "a", -2: "b", 2.5: "c", None: "d", False: "e"},
          {}, [("type", "x")], "type", collections.OrderedDict(type="ordered"), collections.Counter(type=3)]:
    print(type(v).__name__, "->", describe(v))

# empty mapping pattern matches any mapping, rest may be empty
match {"a": 1}:
    case {**rest}:
        print("all as rest:", rest, type(rest).__name__)
match {"a": 1}:
    case {"a": 1, **rest}:
        print("empty rest:", rest)


# get() is how keys are read: defaultdict does not create missing keys
d = collections.defaultdict(list)
match d:
    case {"missing": value}:
        print("no")
    case _:
        print("defaultdict untouched:", dict(d))


class Traced(dict):
    def get(self, key, default=None):
        print("  get", repr(key), "default is a sentinel:", type(default).__name__)
        return super().get(key, default)

    def __getitem__(self, key):
        print("  __getitem__", repr(key))
        return super().__getitem__(key)

    def __len__(self):
        print("  __len__")
        return super().__len__()


print("traced mapping:")
match Traced(a=1, b=2, c=3):
    case {"a": 1, "z": _}:
        print("no")
    case {"a": 1, "b": b, **others}:
        print("  b =", b, "others =", others)
print("too few items:")
match Traced(a=1):
    case {"a": _, "b": _}:
        print("no")
    case _:
        print("  no match")

# the value of a key must match its sub-pattern
match {"point": (1, 2), "tags": ["a", "b"]}:
    case {"point": (x, y), "tags": [*tags]}:
        print("nested:", x, y, tags)

# ChainMap is a mapping
match collections.ChainMap({"a": 1}, {"b": 2}):
    case {"a": a, "b": b, **rest}:
        print("chainmap:", a, b, rest)


# duplicate keys found at run time (they are attribute lookups, equal values)
class Same:
    first = "k"
    second = "k"


try:
    match {"k": 1}:
        case {Same.first: _, Same.second: _}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

# 1 and 1.0 are the same key
class Numbers:
    one = 1
    one_float = 1.0


try:
    match {1: "x", 2: "y"}:
        case {Numbers.one: _, Numbers.one_float: _}:
            print("no")
except ValueError as e:
    print("ValueError:", e)


# an unhashable key
class Unhashable:
    key = []


try:
    match {1: 2}:
        case {Unhashable.key: _}:
            print("no")
except TypeError as e:
    print("TypeError:", e)

# a dict subclass that is a sequence too is still only a mapping here
class DictList(dict):
    pass


match DictList(x=1):
    case [*_]:
        print("no")
    case {"x": x}:
        print("dict subclass:", x)
