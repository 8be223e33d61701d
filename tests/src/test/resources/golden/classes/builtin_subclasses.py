class Shout(str):
    def shout(self):
        return self.upper() + "!"
s = Shout("hello")
print(s.shout(), s == "hello", isinstance(s, str), len(s), s + " there", type(s + "x").__name__)
class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"
t = Celsius(21.456)
print(repr(t), t + 1, type(t + 1).__name__, t > 20)
class Count(int):
    def __str__(self):
        return f"#{int(self)}"
c = Count(7)
print(c, c + 1, repr(c), c * 2 == 14, type(c).__mro__[1].__name__)
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
st = Stack([1]).push(2).push(3)
print(st, st.peek(), len(st), type(st).__name__, type(st + [4]).__name__, st == [1, 2, 3])
class DefaultZero(dict):
    def __missing__(self, key):
        return 0
dz = DefaultZero(a=5)
print(dz["a"], dz["nope"], "nope" in dz, dz)
class Loud(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value.upper())
ld = Loud()
ld["x"] = "quiet"
print(ld)
