# BaseException.add_note and __notes__: stored in a list, printed after the message, checked types.
e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nwith two lines")
print(e.__notes__, type(e.__notes__).__name__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
try:
    e.add_note()
except TypeError as err:
    print("TypeError:", err)

# __notes__ is an ordinary attribute: replacing it is allowed, add_note then needs a list
e.__notes__ = ("a tuple",)
try:
    e.add_note("more")
except TypeError as err:
    print("TypeError:", err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)

# notes on an exception group and on its members are kept apart
group = ExceptionGroup("g", [KeyError("k")])
group.add_note("on the group")
group.exceptions[0].add_note("on the member")
print(group.__notes__, group.exceptions[0].__notes__)


def failing():
    try:
        raise OSError("disk full")
    except OSError as err:
        err.add_note("while saving")
        err.__notes__.append(3.5)
        raise RuntimeError("could not save") from err


try:
    failing()
except RuntimeError as err:
    err.add_note("the file was not written")
    print(err.__cause__.__notes__, err.__notes__)
    raise
