# _operator, _warnings and _typing: the names of CPython's C modules, for code that imports them directly
import _operator
import _typing
import _warnings
import operator
import warnings

print(_operator.add(2, 3), _operator.itemgetter(1)("ab"), _operator.add is operator.add)
print(_operator._compare_digest("abcdef", "abcdef"), _operator._compare_digest("abcdef", "abc"),
      _operator._compare_digest(b"abc", bytearray(b"abc")), hasattr(operator, "_compare_digest"))
for args in [("\xe9", "e"), (1, 2), (b"a", "a")]:
    try:
        _operator._compare_digest(*args)
    except TypeError as e:
        print("TypeError", e)
print(_typing._idfunc(1), _typing.TypeVar("T"), _typing.ParamSpec("P").args)
try:
    _typing._idfunc()
except TypeError as e:
    print("TypeError")
print(repr(_typing.ParamSpecArgs(object)), repr(_typing.ParamSpecKwargs(int)))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    _warnings.warn("careful", DeprecationWarning)
print([(w.category.__name__, str(w.message)) for w in caught], _warnings.filters is warnings.filters)
