def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
a.append(4); a.extend((5, 6)); a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4); print(a, a.index(2), a.index(2, 1), a.count(1), len(a))
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.sort(key=lambda x: (x % 2, x)); print(a)
b = a.copy(); b.clear(); print(a, b)
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}), list({3: 1}.values()))
c = [1, 2, 3, 4, 5]
c[1:3] = ["a", "b", "c"]; print(c)
del c[::2]; print(c)
c[::-1] = [7, 8, 9]; print(c)
c += [1]; print(c)
c *= 2; print(c)
print(c[1:4], c[::-1], c[-2:], c[100:], [1, 2] * 2, 2 * [0], [1] + [2])
print(list.__add__([1], [2]), list.__mul__([1, 2], 2), list.__rmul__([1], 3), list.__len__([1, 2]), list.__contains__([1], 1))
print(list.__getitem__([1, 2, 3], 1), list.__getitem__([1, 2, 3], slice(1, None)), list.__eq__([1], [1]), list.__eq__([1], (1,)))
print([1, 2].__lt__([1, 3]), [1].__ge__([1]), [1].__ne__([2]), [1].__gt__((0,)), list(reversed([1, 2, 3])), list([1, 2].__reversed__()))
d = [1]; print(d.__iadd__((2, 3)), d.__imul__(2), d)
e = [0] * 3; e.__setitem__(0, 5); e.__delitem__(1); print(e, [1, 2] < [1, 2, 3], [2] > [1, 9], [] == [], [[1]] == [[1]])
t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.count(2), len(t), t[1:], t[::-1], t + (4,), t * 2, 2 * (0,), (1,) * 0)
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(2)), tuple.__add__((1,), (2,)), tuple.__mul__((1,), 2), tuple.__rmul__((1,), 2))
print((1, 2).__lt__((1, 3)), (1,).__eq__((1,)), (1,).__eq__([1]), (1,) < (1, 0), hash((1, 2)) == hash((1, 2)), (1, 2).__hash__() == hash((1, 2)))
print((1, 2, 3).__getitem__(-1), (1, 2).__contains__(2), list((1, 2).__iter__()), (1, 2).__len__(), (1,).__getnewargs__())
print(repr(()), repr((1,)), repr((1, "a")), str([None, True, 1.5, "x"]))
r = [1]; r.append(r); print(r)
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].remove(2))
show(lambda: [1].index(2))
show(lambda: [1, 2].index(1, 1))
show(lambda: [1][5])
k = "a"
show(lambda: [1][k])
show(lambda: [1] + (2,))
show(lambda: [1] * "a")
show(lambda: [1] < (1,))
show(lambda: [1, "a"].sort())
show(lambda: list(1))
show(lambda: list.append(1, 2))
show(lambda: list.__add__([1], (2,)))
show(lambda: (1,).index(5))
show(lambda: (1,) + [2])
show(lambda: (1,)[3])
show(lambda: tuple(5))
show(lambda: hash(([1],)))
show(lambda: tuple.__add__((1,), [2]))
show(lambda: [1, 2].insert("a", 1))
def f():
    x = [1, 2, 3]
    x[5] = 1
show(f)
def g():
    x = [1, 2, 3]
    x[::2] = [1]
show(g)
