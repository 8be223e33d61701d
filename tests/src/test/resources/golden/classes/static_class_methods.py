class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.count)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)
print(Registry.add("a"), Registry().add("b"), Registry.items)
class Shape:
    sides = 0
    @classmethod
    def describe(cls):
        return f"{cls.__name__} has {cls.sides} sides"
class Triangle(Shape):
    sides = 3
print(Shape.describe(), Triangle.describe())
m = Date(2020, 1, 2).__repr__
print(m(), m.__self__, m.__func__.__name__)
