def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("c"), d.pop("z", None), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); d.update(w=4); print(d)
e = d.copy(); e.clear(); print(d, e, len(d))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(), dict(a=1), dict([(1, 2)], b=3), dict({1: 2}), dict(zip("ab", range(2))))
print(dict.__getitem__({1: 2}, 1), dict.__len__({1: 2}), dict.__contains__({1: 2}, 1), {1: 2}.__eq__({1: 2}), {1: 2}.__eq__([1]), {1: 2}.__lt__({}))
print({1: 2} | {3: 4}, {1: 2}.__or__({1: 5}), {1: 2}.__or__([]), {1: 2}.__ror__({1: 3, 4: 4}))
f = {1: 1}; f |= {2: 2}; f.__ior__([(3, 3)]); print(f)
print(list(reversed({1: 1, 2: 2, 3: 3})), list({1: 1, 2: 2}.__reversed__()), list({1: 2}.keys().__reversed__()), list({1: 2}.values().__reversed__()), list({1: 2}.items().__reversed__()))
k = {"a": 1, "b": 2, "c": 3}
ks, vs, its = k.keys(), k.values(), k.items()
print(ks, vs, its, len(ks), len(vs), len(its))
k["d"] = 4
print(ks, list(vs), "a" in ks, "z" in ks, 4 in vs, ("a", 1) in its, ("a", 2) in its, ("a",) in its, [1] in its)
print(sorted(ks.__and__({"a", "z"})), sorted(ks.__or__({"z"})), sorted(ks.__sub__({"a"})), sorted(ks.__xor__({"a", "z"})), ks.__rand__({"a", "q"}), its.__and__({("a", 1)}), sorted(its.__sub__({("a", 1), ("b", 2)})))
print(ks.__eq__({"a", "b", "c", "d"}), ks.__eq__(["a", "b", "c", "d"]), its.__eq__({("a", 1), ("b", 2), ("c", 3), ("d", 4)}), ks.__le__({"a", "b", "c", "d", "e"}), ks.__lt__({"a"}), ks.isdisjoint({"x"}), its.isdisjoint([("a", 2)]))
n = {1: 1, 2: 2, 3: 3}.keys()
print(n.__and__({2, 3, 4}), n.__or__([4]), n.__sub__({1}), n.__xor__({3, 4}), n.__rsub__({1, 5}), n.__ror__({9}), n.__ge__({1}), n.__gt__(n), n.__ne__({1, 2, 3}))
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(sorted(ks), list(iter(its)), [x for x in vs])
del k["a"]
print(ks, its)
print({}.keys(), {}.items(), repr({}.values()))
g = {}; g[1] = g; print(g)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 3}, {"x": [1, {2: 3}]})
show(lambda: {}["x"])
show(lambda: {}.popitem())
show(lambda: {}.pop(1))
show(lambda: {[1]: 2})
show(lambda: dict([1, 2]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict(1))
show(lambda: {1: 2} | [])
show(lambda: dict.__getitem__([], 1))
show(lambda: {1: 2}.keys() < 3)
show(lambda: hash({}.keys()))
def mutate():
    m = {1: 1}
    for key in m:
        m[key + 1] = 1
show(mutate)
def mutate2():
    m = {1: 1, 2: 2}
    for key in m.keys():
        del m[2]
show(mutate2)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), type(m).__name__, isinstance(m, dict), m)
class OD(dict):
    pass
o = OD(x=1)
o["y"] = 2
print(o, len(o), o.keys(), o == {"x": 1, "y": 2})
