# type.__new__ fills the __class__ cell before __set_name__ and __init_subclass__ run, so zero-argument super()
# works there; a metaclass that drops __classcell__ is reported


class Parent:
    def __init__(self):
        print("Parent.__init__")

    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        cls()


class Child(Parent, flag=1):
    def __init__(self):
        print("Child.__init__", __class__.__name__)
        super().__init__()


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name, owner.probe())


class WithDescriptor:
    attr = Named()

    @classmethod
    def probe(cls):
        return __class__ is cls


class Dropping(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)


try:
    class Broken(metaclass=Dropping):
        def method(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError", e)


class Other(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)


class Fine(metaclass=Other):
    def method(self):
        return __class__


print(Fine().method() is Fine)
try:
    type("Bad", (), {"__classcell__": 5})
except TypeError as e:
    print("TypeError", e)
print("__classcell__" in Fine.__dict__)
