# contextlib: contextmanager (exceptions in and out of the block), suppress, closing, nullcontext, ExitStack,
# redirect_stdout.
import sys
from contextlib import ExitStack, closing, contextmanager, nullcontext, redirect_stdout, suppress


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as value:
    print("inside", value)

try:
    with tag("div"):
        raise ValueError("in block")
except ValueError as e:
    print("propagated:", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    {}["missing"]
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("decorated")
def work():
    print("working")


work()
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(42) as n:
    print(n)

with ExitStack() as stack:
    for name in ("a", "b"):
        print(stack.enter_context(tag(name)))
    stack.callback(print, "callback ran")
    print("body")


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


capture = Capture()
with redirect_stdout(capture):
    print("captured line")
print("captured:", "".join(capture.parts).strip(), sys.stdout is not capture)
