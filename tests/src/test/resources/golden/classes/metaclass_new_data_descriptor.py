# A class's __new__ is read as cls.__new__: a data descriptor on the metaclass comes before the class's own
class NewDescriptor:
    def __get__(self, obj, owner=None):
        print("descriptor __get__ for", obj.__name__)
        def new(*args, **kwargs):
            cls = type.__new__(*args, **kwargs)
            cls.made_by = "descriptor"
            return cls
        return new

    def __set__(self, obj, value):
        raise NotImplementedError

class MetaMeta(type):
    def __new__(*args, **kwargs):
        cls = type.__new__(*args, **kwargs)
        cls.made_by = "MetaMeta"
        return cls

class Meta(type, metaclass=MetaMeta):
    def __new__(*args, **kwargs):
        cls = type.__new__(*args, **kwargs)
        cls.made_by = "Meta"
        return cls

class A(metaclass=Meta): pass
print(Meta.made_by, A.made_by, type("A2", (A,), {}).made_by)
MetaMeta.__new__ = Meta.__new__
class B(metaclass=Meta): pass
class M2(metaclass=MetaMeta): pass
print(B.made_by, M2.made_by)
MetaMeta.__new__ = NewDescriptor()
class C(metaclass=Meta): pass
print(C.made_by, type("C2", (C,), {}).made_by)

# a non-data descriptor on the metaclass does not win
class Plain:
    def __get__(self, obj, owner=None):
        raise AssertionError("not used")
class Meta2(type):
    pass
class Meta3(Meta2):
    def __new__(*args, **kwargs):
        cls = type.__new__(*args, **kwargs)
        cls.made_by = "Meta3"
        return cls
class D(metaclass=Meta3): pass
print(D.made_by)

import collections
from collections import _count_elements
counts = {}
_count_elements(counts, "abracadabra")
print(counts, collections.Counter("abracadabra").most_common(2))
