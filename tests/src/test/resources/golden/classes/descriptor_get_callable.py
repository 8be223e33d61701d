# A class's __get__ is called as found (the descriptor first), not bound through its own __get__.
class Recorder:
    def __call__(self, *args):
        self.args = args
        return 42

recorder = Recorder()

class Descriptor:
    __get__ = recorder

descriptor = Descriptor()

class C:
    foo = descriptor

print(C.foo, recorder.args == (descriptor, None, C))
c = C()
print(c.foo, recorder.args == (descriptor, c, C))


class Inner:
    def __get__(self, *args):
        return 13

    def __call__(self, *args):
        return 42

class Outer:
    __get__ = Inner()

class D:
    foo = Outer()

print(D.foo, D().foo, D.__dict__["foo"].__get__)

# a module subclass's data descriptor wins over the module's own globals
from types import ModuleType

class MyModule(ModuleType):
    @property
    def foo(self):
        return "data descriptor"

m = MyModule("m")
m.__dict__["foo"] = "instance attribute"
print(m.foo, getattr(m, "foo"))
for _ in range(3):
    print(m.foo)
m.__class__ = ModuleType
print(m.foo)

# del in a namespace whose __delitem__ fails is a NameError, as DELETE_NAME reports it
class Failing(dict):
    def __delitem__(self, key):
        raise UserWarning("bar")

try:
    exec("del foo", {}, Failing())
except NameError as e:
    print("NameError", e)

# from X import y finds X.__name__ + ".y" in sys.modules when X lacks the attribute
import sys

class FakeModule:
    def __getattribute__(self, name):
        if name == "__name__":
            return "fake_too"
        raise AttributeError(name)

sys.modules["fake_module"] = FakeModule()
sys.modules["fake_too.foo"] = 42
from fake_module import foo
print(foo)
