# contextvars: ContextVar get/set/reset, Token, Context mapping and run, copy_context, threads and asyncio tasks
import asyncio
import contextvars
import threading

var = contextvars.ContextVar("var", default="default")
plain = contextvars.ContextVar("plain")
print(var.name, var.get(), plain.get("fallback"))
try:
    plain.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
token = var.set("one")
print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
token2 = var.set("two")
print(token2.old_value)
var.reset(token2)
print(var.get())
try:
    var.reset(token2)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    plain.reset(token)
except ValueError as e:
    print("ValueError", "was created by a different ContextVar" in str(e))
var.reset(token)
print(var.get())

ctx = contextvars.copy_context()
print(type(ctx).__name__, type(ctx).__module__, var in ctx, len(ctx))
var.set("outer")


def inside(x):
    var.set("inside")
    return x * 2, var.get()


new = contextvars.Context()
print(new.run(inside, 21), var.get(), new[var], new.get(plain, "none"), list(new.keys()) == [var])
copied = contextvars.copy_context()
print(copied[var], dict(copied.items())[var])
try:
    new.run(lambda: new.run(print))
except RuntimeError as e:
    print("RuntimeError", "is already entered" in str(e))
try:
    new["key"]
except TypeError as e:
    print("TypeError:", e)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print("TypeError:", e)
print(repr(var).startswith("<ContextVar name='var' default='default' at 0x"))

# a new thread starts with an empty context
seen = []
t = threading.Thread(target=lambda: seen.append(var.get()))
t.start()
t.join()
print(seen)

# asyncio tasks run in a copy of the context current when they were created
request = contextvars.ContextVar("request")


async def handler(n):
    request.set(n)
    await asyncio.sleep(0)
    return request.get()


async def main():
    request.set("main")
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, request.get())
    task = asyncio.create_task(handler(9))
    await task
    print(task.get_context()[request])


asyncio.run(main())
