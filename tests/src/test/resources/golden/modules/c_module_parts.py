# Parts of C modules that Krait writes in Python are found there too: _io's streams, _weakref.proxy, _ast's nodes
import _io
import _weakref
import _ast
import time

print(_io.BytesIO(b"ab").read(), _io.StringIO("cd").read())


class X:
    pass


x = X()
p = _weakref.proxy(x)
print(type(p).__name__, _weakref.ref(x)() is x)
print(_ast.Name, _ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]).args)
fields = (2024, 1, 2, 3, 4, 5, 6, 7, 0)
print(time.struct_time(fields, {"tm_zone": "UTC"}).tm_zone, time.struct_time(fields).tm_zone)
try:
    time.struct_time(fields, ["tm_zone", "UTC"])
except TypeError as e:
    print("TypeError:", e)
