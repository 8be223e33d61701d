class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Managed("a") as m:
    print("inside", m.name)
with Managed("outer"), Managed("inner"):
    print("nested body")
with Managed("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppression")
try:
    with Managed("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Managed("ret"):
        return "returned"
print(early())
for i in range(2):
    with Managed(f"loop{i}"):
        if i == 0:
            continue
        break
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("content", t)
with suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("suppress done")
try:
    with tag("div"):
        raise RuntimeError("inside div")
except RuntimeError as e:
    print("propagated", e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
