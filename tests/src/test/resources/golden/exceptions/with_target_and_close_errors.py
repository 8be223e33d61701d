# an error assigning a with statement's target reaches __exit__ (with a traceback), as the body's would
import sys


class Manager:
    def __enter__(self):
        return 1

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__ if exc_type else None, exc, tb.tb_lineno if tb else None)
        print("exc_info", sys.exc_info()[0])
        return exc_type is AttributeError


items = []
with Manager() as items.wontwork:
    print("not reached")
print("after", sys.exc_info())

try:
    with Manager() as (a, b):
        pass
except TypeError as e:
    print("TypeError", e)


class OnlyEnter:
    def __enter__(self):
        pass


class OnlyExit:
    def __exit__(self, *a):
        pass


for cls in (OnlyEnter, OnlyExit, int):
    try:
        with cls():
            pass
    except TypeError as e:
        print(e)


# closing a generator delegating to an iterator whose close lookup fails: reported as unraisable, closed anyway
class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __getattr__(self, attr):
        1 / 0

    def __repr__(self):
        return "<Broken>"


def g():
    yield from Broken()


gi = g()
next(gi)
gi.close()
print("closed", gi.gi_frame)
