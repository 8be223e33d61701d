# id() is unique among live objects and constant over an object's life; deepcopy's memo depends on it.
import copy

objects = [[i] for i in range(150000)]
print(len({id(o) for o in objects}) == len(objects))
copied = copy.deepcopy(objects)
print(all(copied[i][0] == i and copied[i] is not objects[i] for i in range(len(objects))))

shared = [1, 2]
pair = copy.deepcopy([shared, shared, {"k": shared}])
print(pair[0] is pair[1] is pair[2]["k"], pair[0] is not shared)


class Thing:
    pass


t = Thing()
print(id(t) == id(t), hex(id(t)) in repr(t), object.__repr__(t).endswith(hex(id(t)) + ">"))
first = id(t)
t.attribute = "changed"
print(id(t) == first)

x = 128.12
y = 128.12
print(id(x) == id(y) == id(128.12), id(12.2) == id(12.2))
n = 10**6
print(id(n) == id(n), id(True) != id(False), id(None) == id(None))
values = [1.5, 2.5, "a", "b", 300, 301, (), [], {}, True, None, 2**100, -7, 255, 256]
print(len({id(v) for v in values}) == len(values))
