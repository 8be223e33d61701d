# __del__ runs when the last reference goes: del, rebinding, function return, container removal, attributes.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


x = A(1)
x = A(2)
print("after rebind")
del x
print("after del")

lst = [A(3), A(4), A(5)]
lst.pop()
print("popped")
del lst[0]
print("deleted item")
lst.remove(lst[0])
print("removed")
lst = [A(6), A(7)]
lst.clear()
print("cleared")
lst = [A(8)]
lst[0] = None
print("replaced")
lst = [A(9), A(10)]
lst[:] = []
print("slice assigned")
lst = [A(11), A(12)]
del lst
print("list gone (last element first)")

d = {"a": A(13)}
d["a"] = 1
print("dict value replaced")
d["b"] = A(14)
del d["b"]
print("dict item deleted")
d = {"c": A(15), "e": A(16)}
d.pop("c")
print("dict popped")
d = None
print("dict gone")

s = {A(17)}
s.clear()
print("set cleared")

o = A(18)
o.child = A(19)
o.child = None
print("attribute replaced")
o.child = A(20)
del o.child
print("attribute deleted")
o.a = A(21)
o.a.b = A(22)
o.c = A(23)
del o
print("object graph gone")

t = (A(24), A(25))
t = None
print("tuple gone")


def f():
    x = A(26)
    y = A(27)
    print("in f")


f()
print("after f")


def g():
    return A(28)


g()
print("result dropped")
kept = g()
print("result kept")
kept = None
print("end")
