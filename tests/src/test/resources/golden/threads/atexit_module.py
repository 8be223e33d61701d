# atexit: callbacks run last-registered-first at exit, with their arguments; unregister; errors are reported
import atexit


class Callback:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __call__(self, *args, **kwargs):
        print("callback", self.name, args, kwargs)
        if self.fail:
            raise ValueError("callback failed: " + self.name)

    def __repr__(self):
        return f"<Callback {self.name}>"


first = Callback("first")
print(atexit.register(first, 1, 2, key="value") is first)
atexit.register(Callback("failing", fail=True))
dropped = Callback("dropped")
atexit.register(dropped)
atexit.register(dropped)
atexit.unregister(dropped)
atexit.register(Callback("last"))
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)


@atexit.register
def decorated():
    print("decorated runs first")


print("main program ends")
