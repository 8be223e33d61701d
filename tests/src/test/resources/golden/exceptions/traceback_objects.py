# Traceback, frame and code objects: exc.__traceback__, tb_next chains, frames' code, lines, variables and callers,
# sys.exc_info()/sys.exception(), sys._getframe(), with_traceback and setting __traceback__ / tb_next.
import sys

FILE = sys._getframe().f_code.co_filename
print(FILE.endswith("traceback_objects.py"))


def g(x):
    y = x * 2
    return y / 0


def f():
    items = [1, 2]
    return g(len(items))


try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is e.__traceback__)
    depth = 0
    while tb is not None:
        frame = tb.tb_frame
        code = frame.f_code
        print(depth, tb.tb_lineno, type(tb.tb_lasti).__name__, code.co_name, code.co_qualname, code.co_firstlineno,
              code.co_filename == FILE, type(frame).__name__, type(code).__name__)
        if code.co_name != "<module>":
            print("   locals", sorted(frame.f_locals.items()), "back", frame.f_back.f_code.co_name)
        depth += 1
        tb = tb.tb_next
    etype, value, tb2 = sys.exc_info()
    print(etype.__name__, value is e, tb2 is e.__traceback__, sys.exception() is e)
    print("f" in e.__traceback__.tb_frame.f_globals, "g" in e.__traceback__.tb_frame.f_globals)

print(sys.exc_info(), sys.exception())


class Box:
    def method(self):
        return sys._getframe()


frame = Box().method()
print(frame.f_code.co_name, frame.f_code.co_qualname, frame.f_back.f_code.co_name)


def where():
    # (a frame's f_lineno read in a later statement is where that statement is in CPython; Krait reports the line
    # the frame was taken at, so this reads it at once)
    here, line = sys._getframe(), sys._getframe().f_lineno
    caller = sys._getframe(1)
    return line, caller.f_lineno, here.f_code.co_name, caller.f_code.co_name, here.f_back is not None


print(where())
print(where(
))


def outer_function():
    def inner_function():
        names = []
        frame = sys._getframe()
        while frame is not None:
            names.append(frame.f_code.co_name)
            frame = frame.f_back
        return names
    return inner_function()


print(outer_function())
print(sorted(sys._getframe().f_locals)[:3] == sorted(sys._getframe().f_globals)[:3])

for bad in (50, -1):
    try:
        print(sys._getframe(bad).f_code.co_name)
    except ValueError as error:
        print("ValueError", error)

fresh = ValueError("not raised")
print(fresh.__traceback__)
try:
    fresh.__traceback__ = 5
except TypeError as error:
    print("TypeError", error)
try:
    fresh.with_traceback("tb")
except TypeError as error:
    print("TypeError", error)

try:
    raise KeyError("k")
except KeyError as k:
    other = RuntimeError("moved")
    print(other.with_traceback(k.__traceback__) is other)
    print(other.__traceback__ is k.__traceback__, other.__traceback__.tb_lineno)
    other.__traceback__ = None
    print(other.__traceback__)


def level3():
    raise OSError("deep")


def level2():
    level3()


def level1():
    level2()


try:
    level1()
except OSError as e:
    tb = e.__traceback__
    names = []
    t = tb
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
    # cutting the chain changes what the exception shows, as in CPython
    tb.tb_next.tb_next = None
    names = []
    t = e.__traceback__
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
    try:
        tb.tb_next.tb_next = tb
    except ValueError as error:
        print("ValueError", error)
    try:
        tb.tb_next = 3
    except TypeError as error:
        print("TypeError", error)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__, type(tb).__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno)
        return True


def in_with():
    with Manager():
        {}["missing"]


in_with()


def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


try:
    reraiser()
except ZeroDivisionError as e:
    t = e.__traceback__
    print([(t.tb_frame.f_code.co_name, t.tb_lineno), (t.tb_next.tb_frame.f_code.co_name, t.tb_next.tb_lineno)],
          t.tb_next.tb_next)


def gen():
    yield 1
    raise ValueError("from generator")


try:
    for _ in gen():
        pass
except ValueError as e:
    t = e.__traceback__
    print(t.tb_next.tb_frame.f_code.co_name, t.tb_next.tb_lineno)

# a traceback kept after its handler keeps its frames' variables
class Tracked:
    def __del__(self):
        print("Tracked released")


def holds():
    resource = Tracked()
    raise RuntimeError("x")


try:
    holds()
except RuntimeError as e:
    kept = e.__traceback__
print("handler done")
print(type(kept.tb_next.tb_frame.f_locals["resource"]).__name__)
del kept
print("traceback dropped")


# code objects: one per compiled body, shared by function.__code__ and the frames running it
def signature_demo(a, b, /, c, *args, d, e=1, **kw):
    return sys._getframe().f_code


code = signature_demo.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
      code.co_firstlineno > 200, code.co_filename == FILE)
print(signature_demo(1, 2, 3, d=4) is code)


class WithMethods:
    def method(self, x=2):
        pass

    def generator(self):
        yield sys._getframe().f_code


print(WithMethods.method.__code__.co_qualname, WithMethods.method.__code__.co_argcount,
      WithMethods().method.__code__.co_name)
generator_code = next(WithMethods().generator())
print(generator_code.co_name, generator_code.co_qualname, generator_code.co_argcount)
print(sys._getframe().f_code.co_argcount, sys._getframe().f_code.co_name, (lambda q: q).__code__.co_name)
