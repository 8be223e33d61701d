# staticmethod and classmethod objects: attributes copied from the function, __get__, repr, subclasses


def f(x):
    "doc of f"
    return x


def g(cls, x):
    return cls.__name__, x


for wrapper in (staticmethod(f), classmethod(g)):
    print(type(wrapper).__name__, wrapper.__func__.__name__, wrapper.__wrapped__ is wrapper.__func__)
    print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__module__, wrapper.__isabstractmethod__)
    wrapper.extra = 1
    print(sorted(wrapper.__dict__))
    print(repr(wrapper).split(" at ")[0])
print(staticmethod(f).__get__(0)(42), classmethod(g).__get__(0, int)(42), classmethod(g).__get__(0)(1))
print(staticmethod(f)(5))
try:
    classmethod(g).__get__(None, None)
except TypeError as e:
    print("TypeError:", e)


class LoggedStatic(staticmethod):
    def __get__(self, instance, owner=None):
        print("getting", self.__name__)
        return super().__get__(instance, owner)


class Tagged(classmethod):
    tag = "t"


class A:
    @LoggedStatic
    def s(x):
        return x * 2

    @Tagged
    def c(cls):
        return cls.__name__


print(A.s(3), A().s(4), A.c(), A.__dict__["c"].tag, type(A.__dict__["s"]).__name__)


import abc


class Base(abc.ABC):
    @staticmethod
    @abc.abstractmethod
    def must():
        pass


print(Base.__dict__["must"].__isabstractmethod__, Base.__abstractmethods__)
