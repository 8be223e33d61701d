import math, sys
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
import itertools
print(math.sqrt(2) > 1.41, sys.version_info[:2] >= (3, 0))
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"])
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd))
q = deque([1, 2, 3])
q.appendleft(0)
q.append(4)
print(q.popleft(), q.pop(), list(q))
Pt = namedtuple("Pt", "x y")
p = Pt(1, 2)
print(p, p.x + p.y, p._replace(x=5))
print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.chain("ab", "c")))
print(list(itertools.permutations("abc", 2))[:3], list(itertools.combinations(range(4), 2)))
print(list(itertools.product([0, 1], repeat=2)), list(itertools.accumulate([1, 2, 3])))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
