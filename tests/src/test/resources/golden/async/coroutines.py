# Coroutine objects: async def, await, send/throw/close, attributes, awaitables with __await__.

class Suspend:
    """An awaitable that suspends once, passing `tag` out, and returns what was sent in."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        received = yield self.tag
        return received


async def add(a, b):
    x = await Suspend(("add", a))
    return a + b + (x or 0)


async def outer():
    print("outer starts")
    first = await add(1, 2)
    print("first", first)
    second = await add(first, 10)
    print("second", second)
    return [first, second]


def drive(coro, values=()):
    """Runs a coroutine by hand, printing what it passes out; returns its result."""
    values = list(values)
    sent = None
    while True:
        try:
            out = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("  yielded", out)
        sent = values.pop(0) if values else None


c = outer()
print(type(c).__name__, repr(c).startswith("<coroutine object outer at 0x"))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_code.co_name)
print("result", drive(c, [100, 200]))
print(c.cr_await, c.cr_running)

# awaiting a finished coroutine again
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# send a non-None value first
c2 = add(1, 2)
try:
    c2.send(5)
except TypeError as e:
    print("TypeError:", e)
c2.close()


# throw into a suspended coroutine
async def guarded():
    try:
        await Suspend("waiting")
    except KeyError as e:
        print("caught inside", repr(e))
        return "recovered"
    return "normal"


g = guarded()
print(g.send(None))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("stop value", e.value)


# close runs finally blocks
async def with_finally():
    try:
        await Suspend(1)
        await Suspend(2)
    finally:
        print("finally ran")


f = with_finally()
f.send(None)
print("closing")
f.close()
print("closed", f.cr_frame is None if hasattr(f, "cr_frame") else "n/a")

# a coroutine that ignores GeneratorExit
async def stubborn():
    ignored = False
    while True:
        try:
            await Suspend("x")
        except GeneratorExit:
            if ignored:
                print("exiting now")
                raise
            ignored = True
            print("ignoring exit")


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
s = None


# await on things that are not awaitable
async def bad_await(value):
    return await value


for value in [1, "s", None, [1]]:
    try:
        bad_await(value).send(None)
    except TypeError as e:
        print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 42


pending = add(1, 2)


class CoroAwait:
    def __await__(self):
        return pending


for obj in [BadAwait(), CoroAwait()]:
    co = bad_await(obj)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)

pending.close()

# a coroutine is not iterable
co = add(1, 2)
try:
    iter(co)
except TypeError as e:
    print("TypeError:", e)
try:
    next(co)
except TypeError as e:
    print("TypeError:", e)
co.close()


# StopIteration raised inside a coroutine
async def raises_stop():
    raise StopIteration(5)


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# await expressions in many positions
async def positions():
    d = {await add(1, 1): await add(2, 2)}
    lst = [await add(i, 0) for i in range(3)]
    s = {await add(i, i) for i in range(3)}
    dc = {i: await add(i, 1) for i in range(2)}
    t = (await add(0, 0), await add(0, 1))
    cond = await add(1, 0) if await add(0, 0) == 0 else None
    total = sum([await add(i, 1) for i in range(4) if i % 2])
    f = f"{await add(3, 4)}!"
    return d, lst, s, dc, t, cond, total, f


print(drive(positions()))


# nested functions and closures
def make_counter():
    count = 0

    async def bump(by):
        nonlocal count
        count += await add(by, 0)
        return count
    return bump


bump = make_counter()
print(drive(bump(2)), drive(bump(3)))


class Service:
    def __init__(self, name):
        self.name = name

    async def greet(self, who):
        await Suspend("greet")
        return f"{self.name} greets {who}"

    @staticmethod
    async def static():
        return "static"

    @classmethod
    async def klass(cls):
        return cls.__name__


svc = Service("svc")
print(drive(svc.greet("you")), drive(Service.static()), drive(Service.klass()))
print(Service.greet.__qualname__, svc.greet("x").__qualname__ if False else "ok")


# exceptions propagate through awaits, with tracebacks through the chain
async def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return await deep(n - 1)


try:
    drive(deep(3))
except ValueError as e:
    print("ValueError:", e)


# generator-based awaitables: a generator returned by __await__
class Gen:
    def __await__(self):
        yield "a"
        yield "b"
        return "gen done"


async def uses_gen():
    return await Gen()


print(drive(uses_gen()))

# co_flags of async functions
print(hex(add.__code__.co_flags & 0x2a0), hex(outer.__code__.co_flags))
