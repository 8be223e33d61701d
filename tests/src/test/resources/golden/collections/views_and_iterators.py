d = {"a": 1, "b": 2}
print(d.items() == {("a", 1), ("b", 2)}, d.keys() == {"a", "b"}, d.values() == [1, 2])
print(range(5) == range(0, 5, 1), range(0) == range(3, 3), range(1, 10, 3) == range(1, 11, 3), range(3) == [0, 1, 2])
for it in [iter([1]), iter(range(2)), iter("ab"), iter({}), iter({1}), iter((1,)), reversed([1]), iter(d.values()), iter(d.items())]:
    print(type(it).__name__)
for obj in [zip(), map(str, []), enumerate([]), filter(None, [])]:
    print(type(obj).__name__, iter(obj) is obj)
print(type([].append).__name__, type(len).__name__, type("".join).__name__)
lst = [1, 2, 3]
lst[1:2] = lst
print(lst)
lst = [1, 2]
lst[:] = lst + lst
print(lst)
lst.extend(lst)
print(lst)
it = iter([1, 2, 3])
next(it)
print(list(it), list(it))
view = d.keys()
d["c"] = 3
print(list(view), len(view), "c" in view)
