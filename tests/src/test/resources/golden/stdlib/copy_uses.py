# copy: shallow and deep copies of containers, instances, cycles, shared parts, slots and the copy hooks.
import copy


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


tree = Node("root", [Node("a"), Node("b", [Node("c")])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].name = "A"
tree.children.append(Node("d"))
print(shallow.children is tree.children, shallow)
print(deep.children is tree.children, deep)
nested = {"list": [1, [2, 3]], "tuple": (1, [2]), "set": {1, 2}}
d = copy.deepcopy(nested)
nested["list"][1].append(4)
nested["tuple"][1].append(5)
print(d, nested)
cycle = [1]
cycle.append(cycle)
c = copy.deepcopy(cycle)
print(c[1] is c, c is not cycle, len(c))
shared = [0]
pair = [shared, shared]
p = copy.deepcopy(pair)
print(p[0] is p[1], p[0] is not shared)
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy([1, 2]) == [1, 2], copy.copy(5), copy.deepcopy("s"))


class Custom:
    def __init__(self, value):
        self.value = value

    def __copy__(self):
        print("custom copy")
        return Custom(self.value)

    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Custom(copy.deepcopy(self.value, memo))


x = Custom([1])
print(copy.copy(x).value is x.value, copy.deepcopy(x).value is x.value)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = "s"


s = copy.deepcopy(Slotted())
print(s.a, s.b)
