# When objects held by coroutines, async generators and tasks are released (__del__ timing).
import asyncio
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  del {self.name}")


class Tick:
    def __await__(self):
        yield


async def holds(name):
    local = Noisy(name)
    await Tick()
    print(f"  {name} resumed")
    return "done"


print("finished coroutine releases its locals at the end")
c = holds("a")
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("  result", e.value)
print("after finish")
del c

print("closing a suspended coroutine releases its locals")
c = holds("b")
c.send(None)
c.close()
print("after close")
del c

print("dropping a suspended coroutine closes it")
c = holds("c")
c.send(None)
c = None
print("after drop")

print("an argument lives as long as the coroutine")
async def takes(obj):
    await Tick()
    return obj.name

c = takes(Noisy("arg"))
c.send(None)
print("  suspended")
try:
    c.send(None)
except StopIteration as e:
    print("  returned", e.value)
del c
print("after arg")


async def agen():
    item = Noisy("agen local")
    try:
        yield 1
        yield 2
    finally:
        print("  agen finally")


async def use_agen():
    g = agen()
    print("  first", await g.__anext__())
    await g.aclose()
    print("  after aclose")
    g2 = agen()
    async for v in g2:
        print("  got", v)
    print("  loop over")


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


print("async generators")
run(use_agen())

print("await temporaries")
async def temp():
    print("  value", (await holds("temp")))
    print("  next statement")

run(temp())

print("tasks keep their coroutine until done")
async def main():
    t = asyncio.create_task(holds("task"))
    await asyncio.sleep(0)
    print("  task suspended")
    await t
    print("  task finished")
    del t
    print("  task dropped")
    n = Noisy("main local")
    await asyncio.sleep(0)
    return "main done"

print(asyncio.run(main()))
print("refcounts", sys.getrefcount(holds) >= 2)
print("end")

print("an exception being handled stays alive while a generator is suspended in its handler")


class E(Exception):
    def __del__(self):
        print("  del E")


def gen():
    try:
        yield 1
    except E:
        print("  caught")
        yield 2
    try:
        raise E()
    finally:
        yield 3


g = gen()
next(g)
print(" ", g.throw(E()))
print("  after throw")
print(" ", next(g))
print("  in finally")
g.close()
print("  closed")


async def agen_handler():
    try:
        yield 1
    except E:
        print("  caught in async generator")
        yield 2


async def athrow_main():
    ag = agen_handler()
    await anext(ag)
    print(" ", await ag.athrow(E()))
    print("  after athrow")
    await ag.aclose()
    print("  aclosed")

run(athrow_main())
print("done")

print("a generator's return value outlives its frame")


def returns_local():
    x = Noisy("returned")
    yield
    return x


it = returns_local()
next(it)
try:
    next(it)
except StopIteration as e:
    print("  value", e.value.name)
print("  handled")
