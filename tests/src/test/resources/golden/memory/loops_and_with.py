# Loops, with-statements and iterators keep what they iterate until they are done with it.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def __repr__(self):
        return f"A({self.n})"


for x in [A(1), A(2)]:
    print("loop", x.n)
print("after loop")
del x
print("x gone")

it = iter([A(3)])
print("iterator made")
del it
print("iterator gone")

it = iter([A(4)])
print(next(it))
r = next(it, "yes")
print("exhausted:", r)
print("after exhaustion")


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")
        return False

    def __del__(self):
        print("ctx del")


with Ctx() as c:
    print("inside")
print("after with")
del c
print("c gone")
with Ctx():
    print("inside anonymous")
print("after anonymous with")

srt = sorted([A(6), A(5)], key=lambda a: a.n)
print(srt)
del srt
print("sorted list gone")
squares = [A(i) for i in range(7, 9)]
print("comprehension made")
squares = None
print("comprehension gone")
d = {i: A(i) for i in (9, 10)}
for k, v in d.items():
    pass
del k, v
print("items iterated")
d = None
print("dict gone")
pairs = list(zip([A(11)], [A(12)]))
print(len(pairs))
pairs = None
print("zip gone")
e = list(enumerate([A(13)]))
e = None
print("enumerate gone")
m = list(map(lambda a: a.n, [A(14), A(15)]))
print(m)


def gen():
    a = A(16)
    yield 1
    yield 2


it = gen()
print(next(it))
del it
print("suspended generator gone")
for v in gen():
    pass
print("finished generator")


def outer():
    a = A(17)

    def inner():
        return a.n
    return inner


f = outer()
print("closure", f())
del f
print("closure gone")


def dflt(a=A(18)):
    return a.n


print(dflt())
del dflt
print("function with default gone")
m = A(19).__repr__
print("bound method made")
del m
print("bound method gone")
print("end")
