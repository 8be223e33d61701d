# functools.lru_cache and cache return _functools._lru_cache_wrapper objects, as CPython's do.
import copy
import functools
import pickle
import weakref
import _functools

wrapper_type = _functools._lru_cache_wrapper
print(wrapper_type, wrapper_type.__module__, wrapper_type.__name__, wrapper_type.__qualname__)
print(wrapper_type.__doc__.splitlines()[0])
print(sorted(name for name in ("__call__", "__get__", "cache_info", "cache_clear", "__reduce__", "__copy__", "__deepcopy__")
             if name in vars(wrapper_type)))


@functools.lru_cache
def square(x):
    "Squares x."
    print("computing", x)
    return x * x


print(type(square).__name__, isinstance(square, wrapper_type), repr(square).startswith("<functools._lru_cache_wrapper object at 0x"))
print(square.__name__, square.__qualname__, square.__doc__, square.__module__, square.__wrapped__.__name__)
print(sorted(square.__dict__), square.cache_parameters())
print(square(3), square(3), square(4), square.cache_info())
square.cache_clear()
print(square.cache_info(), square(3), square.cache_info())
print(square.__reduce__(), copy.copy(square) is square, copy.deepcopy(square) is square)
print(pickle.loads(pickle.dumps(square)) is square)
print(weakref.ref(square)() is square)
square.note = "kept"
print(square.__dict__["note"])


@functools.lru_cache(maxsize=2)
def add(a, b=0):
    print("add", a, b)
    return a + b


for args in [(1,), (2,), (1,), (3,), (2,), (1,)]:
    add(*args)
print(add.cache_info())
add(1, b=2)
add(1, b=2)
print(add.cache_info(), add.cache_parameters())


@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


class Counter:
    @functools.lru_cache(maxsize=3)
    def method(self, y):
        return (self.name, y)

    @functools.cache
    def unbounded(self):
        return self.name

    def __init__(self, name):
        self.name = name


a, b = Counter("a"), Counter("b")
print(a.method(1), b.method(1), a.method(1), Counter.method.cache_info())
print(a.unbounded(), Counter.unbounded.cache_info())
print(repr(a.method).startswith("<bound method Counter.method of <"), Counter.method.__get__(None, Counter) is Counter.method)


def both(*args, **kwargs):
    return args, kwargs


class Holder:
    cached = wrapper_type(both, 10, False, functools._CacheInfo)
    uncached = wrapper_type(both, 0, False, functools._CacheInfo)
    infinite = wrapper_type(both, None, False, functools._CacheInfo)


h = Holder()
for name in ("cached", "uncached", "infinite"):
    bound = getattr(h, name)
    result = bound(1, "two", bar="baz")
    print(name, result[0][0] is h, result[0][1:], result[1], bound(1, "two", bar="baz") == result, getattr(Holder, name).cache_info())

for args in [(1, 2, 3, 4), (len, "x", False, 4), (len, 1, False), (len, 1, False, 4, 5), (len, 2 ** 100, False, 4)]:
    try:
        wrapper_type(*args)
    except Exception as e:
        print(type(e).__name__, e)
for kwargs in [{"user_function": len, "maxsize": 1, "typed": 0, "cache_info_type": tuple},
               {"user_function": len, "maxsize": 1, "typed": 0, "cache_info_type": tuple, "extra": 1}]:
    try:
        print(wrapper_type(**kwargs).cache_info())
    except Exception as e:
        print(type(e).__name__, e)
w = wrapper_type(pow, -5, True, functools._CacheInfo)
print(w.cache_info(), w(2, 3), w.cache_info())
try:
    functools.lru_cache("x")
except Exception as e:
    print(type(e).__name__, e)


def plain():
    pass


print(plain.__type_params__, "__type_params__" in plain.__dict__)
plain.__type_params__ = (1,)
print(plain.__type_params__)
for value in ([1], None):
    try:
        plain.__type_params__ = value
    except Exception as e:
        print(type(e).__name__, e)
