# the operand of and/or that is tested and passed over dies before the next operand is evaluated
class A:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("Test of", self)
        return self.value != 0

    def __del__(self):
        print("del of", self)

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.value)


class B(A):
    pass


class C(A):
    pass


for a in range(2):
    for b in range(2):
        for c in range(2):
            print("case", a, b, c)
            r = A(a) or B(b) or C(c)
            print("or:", r)
            del r
            r = A(a) and B(b) and C(c)
            print("and:", r)
            del r
print(A(1) and 0, A(0) or "x")

# __import__ converts its level before it looks at the name
try:
    __import__(None, None, None, None, None)
except TypeError as e:
    print(e)
try:
    __import__(None)
except TypeError as e:
    print(e)
