class Counter:
    instances = 0
    shared = []
    def __init__(self):
        Counter.instances += 1
        self.own = []
c1, c2 = Counter(), Counter()
c1.shared.append("x")
c1.own.append("y")
print(Counter.instances, c2.shared, c2.own)
c1.instances = 100
print(c1.instances, c2.instances, Counter.instances)
class Config:
    debug = False
    def toggle(self):
        self.debug = not self.debug
cfg = Config()
cfg.toggle()
print(cfg.debug, Config.debug, "debug" in cfg.__dict__)
print(getattr(cfg, "missing", "none"), hasattr(cfg, "toggle"))
setattr(cfg, "level", 3)
print(cfg.level)
delattr(cfg, "level")
try:
    cfg.level
except AttributeError as e:
    print("AttributeError:", e)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
class Dyn:
    def __getattr__(self, name):
        return f"dynamic {name}"
d = Dyn()
d.real = "real"
print(d.real, d.anything)
Counter.new_attr = "added later"
print(c1.new_attr)
def method(self):
    return "bound later"
Counter.later = method
print(c2.later())
print(Counter.__name__, Counter.__module__, Counter.__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner().__class__.__name__)
