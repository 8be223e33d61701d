# contextvars' methods called through their class on something that is not an instance are TypeErrors worded as
# CPython's C methods word them; Token cannot be made directly; ContextVar checks its name in __new__.
import contextvars


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ("run", "copy", "__getitem__", "get", "__contains__", "__iter__", "__len__", "keys", "values", "items",
             "__eq__"):
    method = getattr(contextvars.Context, name)
    args = {"run": (print,), "__getitem__": (None,), "get": (None,), "__contains__": (None,), "__eq__": (None,)}
    show(f"Context.{name}", lambda: method(None, *args.get(name, ())))
for name, args in (("get", ()), ("set", (1,)), ("reset", (None,)), ("__repr__", ())):
    show(f"ContextVar.{name}", lambda: getattr(contextvars.ContextVar, name)(5, *args))
show("Token.__repr__", lambda: contextvars.Token.__repr__("x"))
show("Token()", lambda: contextvars.Token())
show("Token.__new__", lambda: contextvars.Token.__new__(contextvars.Token, None, None, None))
show("ContextVar.__new__ name", lambda: contextvars.ContextVar.__new__(contextvars.ContextVar, None))
show("ContextVar name", lambda: contextvars.ContextVar(b"x"))


class C:
    m = contextvars.ContextVar.__dict__["__class_getitem__"]


show("__class_getitem__ of another class", lambda: C.m(int))
print(contextvars.ContextVar[int], contextvars.Token[str])

# the methods still work on instances
var = contextvars.ContextVar("v", default=0)
token = var.set(5)
print(var.get(), type(token).__name__, token.var is var, token.old_value)
ctx = contextvars.copy_context()
print(ctx[var], var in ctx, len(ctx) >= 1, ctx.get(var), list(ctx.keys()).count(var), ctx == ctx.copy())
var.reset(token)
print(var.get(), ctx.run(var.get), ctx.run(lambda: var.set(7)) is not None, ctx[var], var.get())
try:
    var.reset(token)
except RuntimeError as e:
    print("reset twice", str(e).endswith("has already been used once"))
