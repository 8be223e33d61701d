# Coroutines under a trace function: await, async for (StopAsyncIteration ends it as an 'exception'), async with
# (its line again when __aexit__ runs), except* clauses.
from _show import run_traced


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n:
            self.n -= 1
            return self.n
        raise StopAsyncIteration


class Manager:
    async def __aenter__(self):
        return "entered"

    async def __aexit__(self, kind, value, tb):
        return kind is KeyError


async def leaf(x):
    return x + 1


async def main():
    total = await leaf(1)
    async for i in Countdown(2):
        total += i
    async with Manager() as m:
        total += len(m)
    async with Manager():
        raise KeyError("swallowed")
    return total


def drive(coroutine):
    try:
        while True:
            coroutine.send(None)
    except StopIteration as e:
        return e.value


def groups():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
        except* ValueError:
            handled = "value"
        except* OSError:
            handled = "os"
    except* KeyError as rest:
        handled = repr(rest.exceptions)
    return handled


print("--", run_traced(lambda: drive(main())))
print("--", run_traced(groups))
