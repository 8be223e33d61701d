"""faulthandler.dump_traceback writes the Python stack to a file descriptor; enable/disable/is_enabled."""
import faulthandler
import os
import tempfile


def read_back(write):
    with tempfile.TemporaryFile() as f:
        write(f)
        f.seek(0)
        text = f.read().decode()
    return text.replace(__file__, os.path.basename(__file__))


def inner(f, all_threads):
    faulthandler.dump_traceback(f, all_threads=all_threads)


def outer(f, all_threads=False):
    inner(f, all_threads)


print(read_back(outer), end="")
# all threads: the current thread's section names its id, which differs from run to run
text = read_back(lambda f: outer(f, True)).splitlines()
print(text[0].startswith("Current thread 0x") and text[0].endswith(" (most recent call first):"), text[1:])
print(read_back(lambda f: faulthandler.dump_traceback(f.fileno(), False)), end="")


class Flushing:
    def __init__(self, f):
        self.f = f
        self.calls = []

    def fileno(self):
        self.calls.append("fileno")
        return self.f.fileno()

    def flush(self):
        self.calls.append("flush")


holder = []
print(read_back(lambda f: (holder.append(Flushing(f)), faulthandler.dump_traceback(holder[0], False))), end="")
print(holder[0].calls)

for bad in (-1, "x"):
    try:
        faulthandler.dump_traceback(bad)
    except Exception as e:
        print(type(e).__name__, e)


class BadFileno:
    def fileno(self):
        return "three"


try:
    faulthandler.dump_traceback(BadFileno())
except Exception as e:
    print(type(e).__name__, e)

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.disable()
print(faulthandler.is_enabled())
