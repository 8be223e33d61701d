# unittest.mock: AsyncMock (awaiting, side_effect, the await record and assertions), async magic methods of
# MagicMock, and create_autospec for functions and classes.
import asyncio
import re
from unittest.mock import AsyncMock, MagicMock, Mock, call, create_autospec


def r(obj):
    return re.sub(r"id='\d+'", "id=...", repr(obj))


def attempt(function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', re.sub(r"id='\d+'", "id=...", str(e)))
    else:
        print('->', r(result))


am = AsyncMock(return_value=5)


async def main():
    print(await am(1))
    am.side_effect = [1, 2]
    print(await am(), await am())
    am.side_effect = KeyError('x')
    try:
        await am()
    except KeyError as e:
        print('KeyError', e)

    async def effect(value):
        return value * 10
    am.side_effect = effect
    print(await am(4))
    am.side_effect = lambda value: value + 1
    print(await am(4))


asyncio.run(main())
print(am.await_count, am.call_count, am.await_args, am.await_args_list)
am.assert_awaited()
attempt(am.assert_awaited_once)
attempt(am.assert_not_awaited)
am.assert_any_await(1)
attempt(am.assert_any_await, 9)
attempt(am.assert_awaited_with, 9)
am.assert_awaited_with(4)
attempt(am.assert_awaited_once_with, 4)
am.assert_has_awaits([call(), call(4)])
am.assert_has_awaits([call(4), call(1)], any_order=True)
am.reset_mock()
print(am.await_count, am.await_args_list)

am2 = AsyncMock()
attempt(am2.assert_awaited)
attempt(am2.assert_awaited_with, 1)
am2.assert_not_awaited()
am2.assert_has_awaits([])
attempt(am2.assert_has_awaits, [call(1)])
print(r(am2), r(am2.foo), r(am2.__len__))
coroutine = am2(1)
print(am2.call_count, am2.await_count)
print(r(asyncio.run(coroutine)), am2.await_count)

mg = MagicMock()


async def async_magic():
    async with mg as value:
        print(r(value))
    mg.__aiter__.return_value = [1, 2]
    print([x async for x in mg])


asyncio.run(async_magic())
print(mg.__aenter__.await_count, mg.__aexit__.await_args)


def func(a, b, *, c=1):
    return a


af = create_autospec(func, return_value=3)
print(af(1, 2), af(1, b=2, c=5), af.call_count, af.mock_calls)
attempt(af, 1)
attempt(af, 1, 2, 3)
attempt(af, 1, 2, d=4)
af.assert_called_with(1, b=2, c=5)
af.assert_any_call(1, 2)
attempt(af.assert_called_with, 1, 2)
af.reset_mock()
print(af.call_count)


class K:
    y = 3

    def m(self, x):
        pass


ak = create_autospec(K)
inst = ak()
inst.m(1)
attempt(inst.m)
attempt(lambda: inst.zz)
print(r(ak), r(inst), r(inst.m))
print(inst.m.call_args, ak.mock_calls)
attempt(ak, 1)
ai = create_autospec(K, instance=True)
attempt(ai)
print(r(ai))


class WithInit:
    def __init__(self, a, b=2):
        pass


aw = create_autospec(WithInit)
attempt(aw)
print(r(aw(1)), aw.call_args)
