# NameError.name, AttributeError.name/.obj, the __getattr__ hook's look-up order, method descriptors applied to
# the wrong type, print() without sys.stdout.
import sys

try:
    undefined_name
except NameError as e:
    print(repr(e.name), e.args)

def f():
    try:
        print(y)
    except NameError as e:
        print(repr(e.name), type(e).__name__)
    y = 1
f()
print(NameError("m").name, NameError("m", name="q").name, AttributeError("x").obj)
for make in (lambda: NameError("m", foo=1), lambda: AttributeError("m", name="n", other=2)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:
    (1).foo
except AttributeError as e:
    print(e.name, e.obj)

class A:
    pass
try:
    A().bar
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    A.bar
except AttributeError as e:
    print(e.name, e.obj is A)
error = AttributeError("made", name="n", obj=3)
print(error.name, error.obj)


class EvilGetattribute:
    def __getattr__(self, name):
        return "original"
    def __getattribute__(self, name):
        EvilGetattribute.__getattr__ = lambda self, name: name
        raise AttributeError(name)

obj = EvilGetattribute()
print(getattr(obj, "bar"), getattr(obj, "bar"))


class Borrowed:
    values = type(object.__dict__).values
    append = list.append
for name in ("values", "append"):
    try:
        getattr(Borrowed(), name)
    except TypeError as e:
        print("TypeError:", e)
try:
    list.append.__get__(3, int)
except TypeError as e:
    print("TypeError:", e)

saved = sys.stdout
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stderr.write("RuntimeError: " + str(e) + "\n")
sys.stdout = None
print("nowhere")
sys.stdout = saved
print("back")
