# Exceptions keep their arguments and the frames they left alive until they are handled.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def __repr__(self):
        return f"A({self.n})"


try:
    raise ValueError(A(1))
except ValueError as e:
    print("caught", e.args[0])
print("after handler 1")

try:
    raise ValueError(A(2))
except ValueError:
    print("caught without name")
print("after handler 2")


def thrower():
    a = A(3)
    raise KeyError("k")


try:
    thrower()
except KeyError:
    print("caught from function")
print("after handler 3")


def nested():
    b = A(4)
    thrower()


try:
    nested()
except KeyError as e:
    print("caught", repr(e))
print("after handler 4")


class Bad:
    def __del__(self):
        raise RuntimeError("failure in __del__")


b = Bad()
del b
print("after Bad")


def make_bad():
    Bad()
    return "returned"


print(make_bad())


class Loud:
    def __del__(self):
        print("loud del")
        1 / 0


x = Loud()
x = None
print("end")
