# PEP 560: a base that is not a class is replaced by what its __mro_entries__ returns; __orig_bases__ keeps the
# bases as written. Also sys._getframemodulename.
import sys


class Base:
    pass


class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


class Alias:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return self.targets

    def __repr__(self):
        return f"Alias{self.targets}"


class A(Alias(Base)):
    pass


class B(Alias(Base, Mixin), Alias()):
    pass


class C(Base):
    pass


print(A.__mro__, A.__orig_bases__)
print(B.__mro__, B.__orig_bases__, B().hello())
print("__orig_bases__" in C.__dict__, C.__bases__)


def make_alias():
    pass


make_alias.__mro_entries__ = lambda bases: (Mixin,)


class D(make_alias, Base):
    pass


print(D.__mro__, D.__orig_bases__[0] is make_alias)


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class E(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)


def where():
    return sys._getframemodulename(), sys._getframemodulename(1), sys._getframemodulename(1000)


print(where(), sys._getframemodulename())
