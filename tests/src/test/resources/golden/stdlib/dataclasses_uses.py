# dataclasses: generated __init__/__repr__/__eq__, defaults and factories, order, frozen, post_init, helpers.
from dataclasses import FrozenInstanceError, asdict, astuple, dataclass, field, fields, is_dataclass, replace


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2), p == (1, 0), Point.__annotations__)
print([f.name for f in fields(Point)], asdict(Point(3, 4)), astuple(Point(3, 4)), replace(p, y=9), is_dataclass(p))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, z=2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    note: str = field(default="", repr=False)

    def total(self):
        return sum(price for _, price in self.items)


c = Cart("ann")
c.items.append(("pen", 2))
print(c, c.total(), Cart("bob").items)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(2), Version(1, 5), Version(1)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.width * self.height


print(Rectangle(2, 3))


@dataclass
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), fields(Point3)[2].name)
try:
    @dataclass
    class Bad:
        values: list = []
except ValueError as e:
    print("ValueError:", e)
print(Point.__eq__ is not object.__eq__, Point.__hash__)
