def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse") from e
try:
    parse("x")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__context__, e.__cause__, e.__traceback__ is not None)
def reraise():
    try:
        raise IndexError("original")
    except IndexError:
        print("logging and re-raising")
        raise
try:
    reraise()
except IndexError as e:
    print("re-raised", e)
e = Exception("with note")
e.add_note("a note")
print(e.__notes__)
