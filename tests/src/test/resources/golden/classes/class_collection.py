# Classes nothing references any more are freed by the cycle collector: they leave their bases' __subclasses__().
import gc
import sys
import weakref


class A:
    pass


class B(A):
    pass


class C(A):
    def method(self):
        return super().method()


class D(B, C):
    pass


print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__())
ref = weakref.ref(D)
del D
print(B.__subclasses__() == [] or 'not yet (CPython frees classes in collections)')
gc.collect()
print(B.__subclasses__(), C.__subclasses__(), ref())

# a class with methods (a cycle through __class__ cells), deleted
del C
gc.collect()
print(A.__subclasses__())

# a class still used by an instance stays alive
class E(A):
    def hello(self):
        return 'hello from E'


e = E()
del E
gc.collect()
print(A.__subclasses__(), e.hello(), type(e).__name__)

# a class whose subclass is alive stays alive
class F(A):
    value = 42


class G(F):
    pass


del F
gc.collect()
print(A.__subclasses__(), G.value, G.__mro__[1].__name__)
del G
gc.collect()
print(A.__subclasses__())

# a class kept in a container stays alive until the container lets go
keep = [type('H', (A,), {'attr': 1})]
gc.collect()
print(A.__subclasses__())
keep.clear()
gc.collect()
print(A.__subclasses__())


# a weak reference's callback runs when the class is freed
class Watched:
    pass


watch = weakref.ref(Watched, lambda r: print('callback: Watched freed'))
del Watched
gc.collect()
print(watch())

# class attributes are released with their class
class Resource:
    def __del__(self):
        print('resource released')


class Holder:
    resource = Resource()


del Holder
gc.collect()
print('end')
