# collections: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

q = deque([1, 2, 3], maxlen=4)
q.append(4)
q.append(5)
q.appendleft(0)
print(q, q.maxlen, len(q), q[0], q[-1], 3 in q)
q.rotate(1)
print(q, q.popleft(), q.pop(), list(q))
q.extendleft([9, 8])
print(q, q.count(9), q.index(8))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

groups = defaultdict(list)
for word in "apple bob cat avocado banana".split():
    groups[word[0]].append(word)
print(groups, dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})

c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"], c.total())
c.update("aaz")
c.subtract({"b": 2})
print(c, sorted(c.elements())[:5])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) | Counter(a=5),
      Counter(a=3, b=1) & Counter(a=1))

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]), isinstance(p, tuple))
x, y = p
print(x + y, p == (1, 2), len(p), repr(Point))
Person = namedtuple("Person", ["name", "age", "city"], defaults=["nowhere"])
print(Person("ann", 30), Person._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "x _y")
except ValueError as e:
    print("ValueError:", e)

defaults = {"color": "red", "user": "guest"}
overrides = {"user": "admin"}
settings = ChainMap(overrides, defaults)
print(settings["user"], settings["color"], len(settings), sorted(settings), settings.get("size", 0))
child = settings.new_child({"color": "blue"})
print(child["color"], child.parents["color"], settings)
