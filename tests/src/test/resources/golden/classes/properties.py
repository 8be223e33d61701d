class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_celsius"))
class Circle:
    def __init__(self, r):
        self.r = r
    area = property(lambda self: round(3.14159 * self.r ** 2, 2), doc="the area")
print(Circle(2).area, Circle.area.__doc__, type(Circle.area).__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
