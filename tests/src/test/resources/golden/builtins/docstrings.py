# Docstrings of builtin types, functions, methods and exception classes. Krait's text is its own, so this checks
# properties (a str, which starts with the signature or name) rather than CPython's exact wording.
import builtins
import inspect
import types

TYPES = [object, type, int, bool, float, complex, str, bytes, bytearray, memoryview, list, tuple, dict, set,
         frozenset, range, slice, property, staticmethod, classmethod, super, enumerate, zip, map, filter, reversed]
for t in TYPES:
    doc = t.__doc__
    print(t.__name__, type(doc).__name__, bool(doc.strip()), doc == t().__doc__ if t in (int, str, list, dict) else "-")
# a type without a text signature starts its docstring with its constructor's signature(s)
print([t.__name__ for t in (type, int, bool, str, bytes, dict, set, range, slice, super, zip, map) if not t.__doc__.startswith(t.__name__ + "(")])

# the types whose instances are functions, methods, modules
print(types.FunctionType.__doc__.startswith("Create a function object."), type(lambda: None).__doc__.split("\n")[0])
for t in (types.BuiltinFunctionType, types.MethodType, types.ModuleType, types.CodeType):
    print(t.__name__, type(t.__doc__).__name__)
# CPython has no docstring for these types
def gen():
    yield 1
for value in (gen(), iter([]), iter({}), {}.keys(), None, NotImplemented, ...):
    print(type(value).__name__, type(value).__doc__, value.__doc__)
print(ExceptionGroup.__doc__, type(BaseExceptionGroup.__doc__).__name__)

# every exception class of builtins (ExceptionGroup aside) has a one-line-or-more str docstring
missing = [name for name, value in vars(builtins).items()
           if isinstance(value, type) and issubclass(value, BaseException) and value is not ExceptionGroup
           and not (isinstance(value.__doc__, str) and value.__doc__.strip())]
print("exceptions without a docstring:", missing)
print(ValueError("x").__doc__ == ValueError.__doc__, KeyError.__doc__ != LookupError.__doc__)

# every builtin function of builtins
funcs = sorted(name for name, value in vars(builtins).items() if isinstance(value, types.BuiltinFunctionType))
missing = [name for name in funcs if not (isinstance(getattr(builtins, name).__doc__, str) and getattr(builtins, name).__doc__)]
print(len(funcs) > 40, "functions without a docstring:", missing)
# those CPython gives no text signature start with their signatures
print(max.__doc__.startswith("max("), min.__doc__.startswith("min("), len.__text_signature__)

# methods of the main types
for t in (str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, complex, range, slice, memoryview):
    names = sorted(name for name in vars(t) if not name.startswith("_") and callable(getattr(t, name)))
    missing = [name for name in names if not isinstance(getattr(t, name).__doc__, str)]
    print(t.__name__, len(names), "methods without a docstring:", missing)
print(type([].append.__doc__).__name__, [].append.__doc__ == list.append.__doc__, {}.get.__doc__ == dict.get.__doc__)
print(type(int.from_bytes.__doc__).__name__, type(dict.fromkeys.__doc__).__name__, type(str.maketrans.__doc__).__name__)
print("S.count(" in str.count.__doc__, "D.update(" in dict.update.__doc__, "B.find(" in bytes.find.__doc__)
# special methods have docstrings too
for method in (int.__add__, str.__len__, list.__getitem__, dict.__contains__, object.__init__, object.__repr__, float.__neg__):
    print(method.__qualname__, type(method.__doc__).__name__)

# user code is unaffected
class Plain:
    def method(self):
        pass
class Documented:
    "Documented class."
    def method(self):
        "Documented method."
class MyError(ValueError):
    pass
def plain():
    pass
print(Plain.__doc__, Plain().__doc__, Plain.method.__doc__, plain.__doc__, (lambda: 0).__doc__, MyError.__doc__, MyError().__doc__)
print(Documented.__doc__, Documented().method.__doc__)
print(repr(classmethod(plain).__doc__), repr(staticmethod(plain).__doc__), repr(property(plain).__doc__))
e = ValueError()
e.__doc__ = "my own"
print(e.__doc__, ValueError.__doc__ != "my own")

# assigning or deleting the docstring of a builtin type is refused
for target, attr in ((int, "__doc__"), (type, "__doc__"), (dict, "__module__")):
    try:
        setattr(target, attr, "x")
    except TypeError as exc:
        print(type(exc).__name__, exc)
    try:
        delattr(target, attr)
    except TypeError as exc:
        print(type(exc).__name__, exc)
Documented.__doc__ = "changed"
print(Documented.__doc__)
try:
    del Documented.__doc__
except TypeError as exc:
    print(type(exc).__name__, exc)

# inspect.getdoc and the first lines help() shows
print(inspect.getdoc(dict).split("\n")[0].startswith("dict("), inspect.getdoc(len) == len.__doc__)
print(inspect.getdoc(Plain), inspect.getdoc(Documented))
print(all(inspect.getdoc(t) for t in TYPES))
