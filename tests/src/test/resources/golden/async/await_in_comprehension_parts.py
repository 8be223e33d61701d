import asyncio
async def f_async(x):
    await asyncio.sleep(0)
    return x
async def main():
    x = {await f_async(i): 0 for i in range(3)}
    print(x)
    x = {0: await f_async(i) for i in range(3)}
    print(x)
    x = {await f_async(i): await f_async(i) for i in range(3)}
    print(x)
asyncio.run(main())
async def v(x):
    await asyncio.sleep(0)
    return x
class C:
    pass
async def main2():
    d = {}
    d[await v(1)] = await v(2)
    print(d)
    c = C()
    setattr(c, await v("a"), await v(3)); print(c.a)
    l = [0, 0]
    l[await v(0)], l[await v(1)] = await v(5), await v(6)
    print(l)
    print({await v(1): await v(2), await v(3): 4})
    print([(await v(i), await v(i * 2)) for i in range(3)])
    print({await v(k): await v(k) + 1 for k in range(3) if await v(k)})
    print(await v(1) + await v(2) * await v(3))
    print(f"{await v(1)}-{await v(2)}")
    d[await v("k")] = d.get(1) + await v(10)
    d[await v(1)] += await v(1)
    print(d)
    print(sorted([await v(3), await v(1)], key=lambda q: q))
asyncio.run(main2())
import asyncio
async def v(x):
    await asyncio.sleep(0)
    return x
async def m():
    print({k: 1 for k in range(3) if await v(k)})
    print({await v(k): await v(k) + 1 for k in range(3) if await v(k)})
asyncio.run(m())
async def v2(x):
    await asyncio.sleep(0)
    return x
async def m2():
    for k in range(3):
        if await v2(k):
            print("yes", k)
    print([k for k in range(3) if await v2(k)])
asyncio.run(m2())
