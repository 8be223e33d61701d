# A class cannot list one base twice; dir() lists an instance dict's non-str keys too (and then cannot sort them).
class A:
    pass


try:
    class N(A, A):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    type("M", (A, int, A), {})
except TypeError as e:
    print("TypeError", e)


class C:
    def __init__(self):
        self.x = 1


c = C()
print(dir(c)[-1])
c.__dict__[1] = "one"
try:
    dir(c)
except TypeError as e:
    print("TypeError", e)
print(repr(c.__dict__))


class Text(str):
    pass


print(ord(Text("A")), ord(Text("\u20ac")))
try:
    ord(Text("ab"))
except TypeError as e:
    print("TypeError", e)
