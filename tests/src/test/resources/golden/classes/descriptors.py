class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print(f"__set_name__ on {owner.__name__} for {name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)
class Box:
    width = Positive()
    height = Positive()
    def __init__(self, w, h):
        self.width = w
        self.height = h
    @property
    def area(self):
        return self.width * self.height
b = Box(3, 4)
print(b.width, b.height, b.area, type(Box.width).__name__)
try:
    b.height = -1
except ValueError as e:
    print("ValueError:", e)
class Constant:
    def __init__(self, value):
        self.value = value
    def __get__(self, obj, objtype=None):
        return self.value
class Cfg:
    version = Constant("1.0")
c = Cfg()
c.__dict__["version"] = "shadowed"
print(c.version, Cfg.version)
class Verbose:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
v = Verbose()
v.x = 5
print(v.x)
class Method:
    def __init__(self):
        self.calls = 0
    def run(self):
        self.calls += 1
        return self.calls
m = Method()
bound = m.run
print(bound(), bound(), m.calls, bound.__self__ is m, Method.run(m))
