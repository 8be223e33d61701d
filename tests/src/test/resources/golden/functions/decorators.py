import functools
def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator
@shout
def hello(name):
    """Say hello."""
    return "hello " + name
print(hello("world"), hello.__name__, hello.__doc__)
@repeat(3)
def roll(n):
    return n * 2
print(roll(4))
def trace(label):
    def deco(f):
        def inner(x):
            print(f"[{label}] enter {x}")
            r = f(x)
            print(f"[{label}] exit {r}")
            return r
        return inner
    return deco
@trace("outer")
@trace("inner")
def square(x):
    return x * x
print(square(5))
calls = []
def register(f):
    calls.append(f.__name__)
    return f
@register
def a():
    pass
@register
def b():
    pass
print(calls)
def count_calls(f):
    def wrapper(*args):
        wrapper.calls += 1
        return f(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    return None
noop(); noop()
print(noop.calls)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
