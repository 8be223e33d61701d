# Async generators left suspended: the event loop's finalizer hook closes them later (sys.set_asyncgen_hooks).
import asyncio

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    async for x in agen("a"):
        break
    print("after break")
    g = agen("b")
    await anext(g)
    print("kept b")
    await t
    print("main done")

asyncio.run(main())
print("end")


import sys
print(sys.get_asyncgen_hooks() == (None, None))
seen = []


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers closed")


def firstiter(agen):
    seen.append(("first", agen.__name__))


def finalizer(agen):
    seen.append(("finalize", agen.__name__))
    closer = agen.aclose()
    try:
        closer.send(None)
    except StopIteration:
        pass


sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
print(sys.get_asyncgen_hooks() == (firstiter, finalizer))
g = numbers()
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first value", e.value)
del step
del g
print(seen)
for bad in [dict(firstiter=1), dict(finalizer="x")]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks() == (None, None))
