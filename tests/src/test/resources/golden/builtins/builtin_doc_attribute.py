# every builtin type has a __doc__ its instances see: a docstring, or None where CPython has none (iterators, None)
for value in (1, 1.5, "s", b"b", [], {}, set(), (), range(1), len, [].append, ValueError("x"), iter([]), None):
    doc = value.__doc__
    print(type(value).__name__, "None" if doc is None else type(doc).__name__)
print("__doc__" in dir(int), "__doc__" in dir([]), "__doc__" in int.__dict__)


class A:
    """A docstring."""


class B(A):
    pass


print(A().__doc__, B.__doc__, B().__doc__)
