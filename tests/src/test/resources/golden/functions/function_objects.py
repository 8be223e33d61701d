def documented(a, b: int = 1) -> str:
    "A docstring."
    return str(a + b)
print(documented.__name__, documented.__doc__, documented.__annotations__)
print(documented.__qualname__, callable(documented), documented(2))
class Holder:
    def method(self):
        def nested():
            pass
        return nested
print(Holder.method.__qualname__, Holder().method().__qualname__)
f = documented
print(f is documented, f(5, b=5))
def no_return():
    pass
print(no_return(), no_return() is None)
def many():
    return 1, "two", [3]
a, b, c = many()
print(a, b, c)
funcs = [len, str.upper, abs]
print([fn.__name__ for fn in funcs])
def apply_all(fs, value):
    return [fn(value) for fn in fs]
print(apply_all([str, repr, type], "x"))
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(early(50), early(0))
print(type(documented).__name__, type(len).__name__, type(Holder().method).__name__)
