for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, StopIteration, KeyboardInterrupt, RecursionError, UnboundLocalError, NotImplementedError, ModuleNotFoundError]:
    print(exc.__name__, [k.__name__ for k in exc.__mro__[1:]])
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e.args)
try:
    [][0]
except Exception as e:
    print("Exception caught", type(e).__name__, e)
try:
    int("abc")
except ArithmeticError:
    print("wrong")
except ValueError as e:
    print("ValueError", e)
print(issubclass(bool, int), issubclass(KeyError, Exception), issubclass(SystemExit, Exception))
e = ValueError("a", 2)
print(e.args, str(e), repr(e), repr(ValueError()), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(str(OSError(2, "No such file")), OSError(2, "x").errno)
try:
    raise TypeError
except TypeError as e:
    print("bare class raise:", repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
