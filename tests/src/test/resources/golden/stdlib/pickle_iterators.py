# builtin iterators through pickle and copy: __reduce__ and __setstate__ as CPython's
import pickle, copy
for make in [lambda: enumerate('abc', 5), lambda: zip([1, 2], 'xy'), lambda: zip([1, 2], 'xy', strict=True),
             lambda: map(abs, [-1, -2, -3]), lambda: filter(None, [0, 1, 2]), lambda: iter([1, 2, 3]),
             lambda: iter(range(10)), lambda: iter({'a': 1, 'b': 2}), lambda: iter((1, 2)), lambda: iter('xyz'),
             lambda: iter(b'ab'), lambda: iter({'k': 1}.items())]:
    for protocol in range(6):
        it = make()
        next(it)
        data = pickle.dumps(it, protocol)
        print(protocol, data, list(pickle.loads(data)), list(it))
    it = make()
    print(list(copy.deepcopy(it)), list(copy.copy(it)) if not isinstance(it, (map, filter, zip, enumerate)) else '')
try:
    list(pickle.loads(pickle.dumps(zip([1, 2], [1], strict=True))))
except ValueError as e:
    print(e)


class Squares:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i


it = iter(Squares())
next(it)
reduction = it.__reduce__()
print(reduction[0], type(reduction[1][0]).__name__, reduction[2:])
print(list(pickle.loads(pickle.dumps(it))))
print(iter([]).__reduce__(), iter(()).__reduce__())
for data in [{1: 2, 3: 4}, {1, 2, 3}, {1: 2}.values()]:
    it = iter(data)
    print(it.__reduce__(), next(it), it.__reduce__(), list(it), it.__reduce__())
for start, stop, step in [(0, 10, 3), (5, 0, -2), (2, 20, 3)]:
    it = iter(range(start, stop, step))
    print(it.__reduce__(), next(it), it.__reduce__(), list(it), it.__reduce__())
it = iter([1, 2, 3, 4]); it.__setstate__(2); print(list(it))
it = iter([1, 2, 3, 4]); it.__setstate__(-5); print(list(it))
it = iter([1, 2, 3, 4]); it.__setstate__(10); print(list(it))
it = iter("a\U0001F600bc"); it.__setstate__(1); print(list(it), iter("a\U0001F600bc").__reduce__())
it = iter(range(10)); it.__setstate__(7); print(list(it))
try:
    iter([1]).__setstate__("x")
except TypeError as e:
    print(type(e).__name__, e)
it = iter(int, 1)
print(it.__reduce__(), pickle.dumps(it, 2), next(pickle.loads(pickle.dumps(it))))
it = iter(int, 0)
print(list(it), it.__reduce__())
