def f():
    class A:
        @property
        def funny(self): return 1
        unreadable = property()
        @unreadable.setter
        def even(self, v): pass
    return A
A = f()
for act in [lambda: setattr(A(), "funny", 1), lambda: delattr(A(), "funny"), lambda: A().unreadable, lambda: A().even]:
    try: act()
    except AttributeError as e: print(e)
class B: pass
def getter(self): return 1
p = property(getter)
for act in [lambda: p.__set__(B(), 1), lambda: p.__delete__(B()), lambda: property().__get__(B())]:
    try: act()
    except AttributeError as e: print(e)
p.__set_name__(B, "named")
q = p.setter(None)
for act in [lambda: q.__delete__(B()), lambda: p.__set__(B(), 1)]:
    try: act()
    except AttributeError as e: print(e)
p.__set_name__(B, 1)
try: p.__set__(B(), 1)
except AttributeError as e: print(e)
print(property.__set_name__(p, B, "x"))

class pro(property):
    def __new__(typ, *args, **kwargs):
        return "abcdef"
p = property.__new__(pro)
p.__set_name__(B, "n")
print(p.getter(lambda self: 1))

class Sub(property):
    pass
class C:
    attr = Sub()
    copied = attr.setter(lambda self, v: None)
for act in [lambda: C().attr, lambda: C().copied, lambda: delattr(C(), "copied")]:
    try: act()
    except AttributeError as e: print(e)
