# A builtin type's method called through the class checks its first argument (CPython's descriptor checks).
cases = [
    (Exception.__str__, ()), (Exception.__str__, ([],)), (Exception.__str__, ([], 1)),
    (int.__add__, ()), (int.__add__, ("x", 1)), (int.__add__, (True, 1)),
    (list.append, ()), (list.append, ((), 1)), (str.upper, ()), (str.upper, (1,)),
    (object.__repr__, ()), (float.__neg__, (1,)), (dict.__len__, ({"a": 1},)),
    (str.upper, ("abc",)), (list.__len__, ([1, 2],)),
]
for function, arguments in cases:
    try:
        print(repr(function(*arguments)))
    except TypeError as e:
        print("TypeError", e)


class Text(str):
    pass


print(str.upper(Text("sub")), int.__add__(True, True))

import sys

for arguments in [(), (None,), (-10,), ((1, 2, 3),), ("message",)]:
    try:
        sys.exit(*arguments)
    except SystemExit as e:
        print(e.args, e.code)
error = BaseException(1)
error.__setstate__({"a": 1})
print(error.__dict__, error.__setstate__(None), error.__reduce__())
try:
    error.__setstate__(5)
except TypeError as e:
    print("TypeError", e)
try:
    error.__setstate__({1: 2})
except TypeError as e:
    print("TypeError", e)
