d = {"apple": 3, "banana": 5}
d["cherry"] = 7
d["apple"] += 1
print(d, len(d), d["banana"], "apple" in d, "grape" not in d)
print(d.get("grape"), d.get("grape", 0), d.setdefault("date", 1), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("banana"), d.pop("nope", "fallback"), d)
d.update({"apple": 0, "elder": 9}, fig=2)
print(d)
del d["cherry"]
print(d, d.popitem(), d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
squares = {n: n * n for n in range(5)}
print(squares)
inverted = {v: k for k, v in squares.items() if v % 2 == 0}
print(inverted)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))))
print(dict.fromkeys("ab", 0), {1: "int", 1.0: "float", True: "bool"})
order = {}
for k in ["z", "a", "m", "a"]:
    order[k] = order.get(k, 0) + 1
print(order, list(order))
m = {"one": 1} | {"two": 2}
m |= {"three": 3}
print(m)
for key in sorted(m, key=m.get, reverse=True):
    print(key, m[key])
print({} == dict(), {"a": 1} == {"a": 1.0}, d.keys() & {"apple", "zz"})
keys = d.keys()
d["late"] = 1
print(keys, len(keys))
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
