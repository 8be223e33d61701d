# An exception raised while a caller handles another has it as __context__ (even when the callee catches it);
# 'async for' wraps an __anext__ result that cannot be awaited; gi_yieldfrom is None while the generator runs
import sys
context = IndexError()
def func1(): func2()
def func2():
    print(sys.exc_info()[1] is context)
    try: 1/0
    except ZeroDivisionError as e: print(e.__context__ is context, repr(e.__context__))
try: raise context
except: func1()
def f3():
    try: 1/0
    except ZeroDivisionError as e: print(repr(e.__context__))
try: raise KeyError(1)
except KeyError: f3()
class F:
    def __aiter__(self): return self
    def __anext__(self): return self
    def __await__(self): 1 / 0
async def main():
    async for _ in F(): pass
try: main().send(None)
except TypeError as e: print(e, type(e.__cause__))
def g(x):
    print("g", gen.gi_yieldfrom)
    yield x
    print("g2", gen.gi_yieldfrom)
def f(x):
    print("f", gen.gi_yieldfrom)
    yield from g(x)
    print("f2", gen.gi_yieldfrom)
    yield 42
gen = f(5)
print(gen.gi_yieldfrom, next(gen), gen.gi_yieldfrom.__name__, next(gen), gen.gi_yieldfrom)
context = IndexError()
def func1(): func2()
def func2():
    try: 1/0
    except ZeroDivisionError as e: print(e.__context__ is context)
try: raise context
except: func1()
import sys
def inner_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *exc):
            print("exit sees context:", repr(exc[1].__context__))
            return True
    with CM():
        {}["missing"]
try:
    raise ValueError("outer")
except ValueError:
    inner_with()
def star():
    try:
        raise ExceptionGroup("g", [KeyError(2)])
    except* KeyError as eg:
        print("except* context:", repr(eg.__context__))
try:
    raise OSError("handling")
except OSError:
    star()
