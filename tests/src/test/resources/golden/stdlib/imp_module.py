# _imp: the functions of the import machinery (builtin and frozen modules, the import lock).
import _imp
import sys


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for name in ("time", "sys", "builtins", "marshal", "_imp", "math", "gc", "os", "json", "not existing module"):
    print("is_builtin", name, _imp.is_builtin(name))
for name in ("__hello__", "__phello__", "__phello__.spam", "__phello__.ham", "__phello__.ham.eggs", "__hello_only__",
             "math", "json", "nope"):
    print("is_frozen", name, _imp.is_frozen(name), _imp.find_frozen(name))
print(_imp.is_frozen_package("__phello__"), _imp.is_frozen_package("__hello__"), _imp.is_frozen_package("__phello__.ham"))
attempt("is_frozen_package(nope)", lambda: _imp.is_frozen_package("nope"))
attempt("get_frozen_object(nope)", lambda: _imp.get_frozen_object("nope"))
attempt("init_frozen(nope)", lambda: _imp.init_frozen("nope"))
attempt("is_builtin(1)", lambda: _imp.is_builtin(1))
attempt("is_frozen(1)", lambda: _imp.is_frozen(1))
attempt("find_frozen(1)", lambda: _imp.find_frozen(1))
attempt("find_frozen withdata positional", lambda: _imp.find_frozen("x", True))
attempt("create_builtin(1)", lambda: _imp.create_builtin(1))


class Spec:
    def __init__(self, name):
        self.name = name


print(type(_imp.create_builtin(Spec("time"))).__name__, _imp.create_builtin(Spec("time")).__name__, _imp.create_builtin(Spec("nope")),
      _imp.create_builtin(Spec("sys")) is sys)
attempt("create_builtin name 1", lambda: _imp.create_builtin(Spec(1)))
print(_imp.exec_builtin(sys))

data, ispkg, origname = _imp.find_frozen("__hello__", withdata=True)
print(type(data).__name__, ispkg, origname)
code = _imp.get_frozen_object("__hello__", data)
print(code.co_name, code.co_filename, type(code).__name__)
print(_imp.get_frozen_object("__phello__.spam").co_filename)
namespace = {"__name__": "__main__"}
exec(code, namespace)
print(namespace["initialized"], namespace["TestFrozenUtf8_4"].__doc__ == "\U0001f600")

hello = _imp.init_frozen("__hello__")
print(hello.__name__, hello.initialized, hello is sys.modules["__hello__"])
hello.main()
only = _imp.init_frozen("__hello_only__")
print(only.initialized)

print(_imp.lock_held())
attempt("release unheld", _imp.release_lock)
_imp.acquire_lock()
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
print(type(_imp.extension_suffixes()).__name__, _imp.check_hash_based_pycs)
