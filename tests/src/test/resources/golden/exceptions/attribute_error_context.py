# Exception attributes that may not be deleted; an AttributeError from __getattr__ gets the name and object read
import sys
for attr in ["__cause__", "__context__", "args", "__traceback__", "__suppress_context__"]:
    try: delattr(Exception(), attr)
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class MyError(AttributeError):
    def __init__(self): pass
class Obj:
    def __getattr__(self, item): raise MyError()
obj = Obj()
try: obj.anything
except MyError as e: print(e.name, e.obj is obj)
class Obj2:
    def __getattr__(self, item): raise AttributeError("custom")
try: Obj2().thing
except AttributeError as e: print(e.name, type(e.obj).__name__)
try: getattr(Obj2(), "other")
except AttributeError as e: print(e.name)
class P:
    @property
    def prop(self):
        raise AttributeError
try: P().prop
except AttributeError as e: print(e.name, type(e.obj).__name__)
class Named:
    def __getattr__(self, item): raise AttributeError("x", name="given", obj=1)
try: Named().attr
except AttributeError as e: print(e.name, e.obj)
