"""The functions of CPython's import machinery that make sense in Krait (Krait's implementation).

Builtin modules are Krait's Java modules and the modules CPython builds in that Krait writes in Python. Frozen
modules are those CPython 3.12 freezes that Krait bundles; Krait keeps them as source, not marshalled code, so the
data find_frozen() gives is the module's source (as UTF-8), which get_frozen_object() compiles. Krait loads no
extension modules: extension_suffixes() is empty. The import lock is a lock of its own: Krait's importer does not
take it.
"""

import sys as _sys
import _thread
import _krait_frozen

check_hash_based_pycs = "default"

# CPython's builtin modules that Krait writes in Python
_BUILTIN_IN_PYTHON = frozenset(("_ast", "_codecs", "_functools", "_imp", "_operator", "_typing", "_warnings", "errno",
                                "itertools", "marshal", "time"))
# Krait's Java modules that are extension modules or Python modules in CPython
_NOT_BUILTIN_IN_CPYTHON = frozenset(("math", "array", "unicodedata", "runpy"))
_NOT_REINITIALIZABLE = frozenset(("sys", "builtins"))

# the modules CPython 3.12 freezes, with the module whose code each one has (None: only the frozen code exists)
_FROZEN = {"abc": "abc", "codecs": "codecs", "io": "io", "_collections_abc": "_collections_abc",
           "_sitebuiltins": "_sitebuiltins", "genericpath": "genericpath", "ntpath": "ntpath", "posixpath": "posixpath",
           "os.path": "posixpath", "os": "os", "site": "site", "stat": "stat", "importlib.util": "importlib.util",
           "importlib.machinery": "importlib.machinery", "runpy": "runpy", "zipimport": "zipimport",
           "__hello__": "__hello__", "__phello__": "__phello__", "__phello__.ham": "__phello__.ham",
           "__phello__.ham.eggs": "__phello__.ham.eggs", "__phello__.spam": "__phello__.spam",
           "__hello_only__": None}


def _str_argument(function, value):
    if not isinstance(value, str):
        raise TypeError(f"{function}() argument must be str, not {type(value).__name__}")


def _frozen_source(name):
    """(source, is package, origname) of a frozen module Krait has, or None."""
    if name not in _FROZEN:
        return None
    origname = _FROZEN[name]
    found = _krait_frozen.source(name if origname is None else origname)
    if found is None:
        return None
    return found[0], found[1], origname


def _frozen_module_names():
    return [name for name in _FROZEN if _frozen_source(name) is not None]


def is_builtin(name, /):
    """1 if name is a builtin module, -1 if it is one that cannot be initialized again (sys, builtins), else 0."""
    _str_argument("is_builtin", name)
    if name in _NOT_REINITIALIZABLE:
        return -1
    if name in _sys.builtin_module_names and name not in _NOT_BUILTIN_IN_CPYTHON or name in _BUILTIN_IN_PYTHON:
        return 1
    return 0


def create_builtin(spec, /):
    """The builtin module spec.name names, or None if there is none."""
    name = spec.name
    if not isinstance(name, str):
        raise TypeError(f"name must be string, not {type(name).__name__}")
    if not is_builtin(name):
        return None
    if name in _sys.modules:
        return _sys.modules[name]
    __import__(name)
    return _sys.modules[name]


def exec_builtin(mod, /):
    """Initializes a builtin module: Krait's are initialized when created."""
    return 0


def is_frozen(name, /):
    _str_argument("is_frozen", name)
    return _frozen_source(name) is not None


def _require_frozen(name):
    found = _frozen_source(name)
    if found is None:
        raise ImportError(f"No such frozen object named {name!r}", name=name)
    return found


def is_frozen_package(name, /):
    _str_argument("is_frozen_package", name)
    return _require_frozen(name)[1]


def find_frozen(*args, withdata=False):
    """find_frozen(name, /, *, withdata=False): None if name is not frozen, else (data or None, whether it is a
    package, the name of its source module)."""
    if len(args) != 1:
        raise TypeError(f"find_frozen() takes exactly 1 positional argument ({len(args)} given)")
    name = args[0]
    if not isinstance(name, str):
        raise TypeError(f"find_frozen() argument 1 must be str, not {type(name).__name__}")
    found = _frozen_source(name)
    if found is None:
        return None
    source, is_package, origname = found
    return (memoryview(source.encode("utf-8")) if withdata else None), is_package, origname


def get_frozen_object(name, data=None, /):
    """The code object of a frozen module (compiled from data, as find_frozen(withdata=True) gave it, if given)."""
    _str_argument("get_frozen_object", name)
    if data is None:
        data = _require_frozen(name)[0]
    else:
        data = bytes(data).decode("utf-8")
    return compile(data, f"<frozen {name}>", "exec")


def init_frozen(name, /):
    """Runs a frozen module's code in its module (made and put in sys.modules if need be); None if not frozen."""
    _str_argument("init_frozen", name)
    found = _frozen_source(name)
    if found is None:
        return None
    module = _sys.modules.get(name)
    if module is None:
        module = type(_sys)(name)
        _sys.modules[name] = module
    if found[1]:
        module.__path__ = []
    module.__builtins__ = __builtins__
    exec(get_frozen_object(name), module.__dict__)
    return module


def extension_suffixes():
    """The file name endings of extension modules: none, Krait loads no extension modules."""
    return []


_lock = _thread.allocate_lock()
_owner = None
_depth = 0


def acquire_lock():
    """Takes the import lock for this thread (again, if it holds it already)."""
    global _owner, _depth
    me = _thread.get_ident()
    if _owner != me:
        _lock.acquire()
        _owner = me
    _depth += 1


def release_lock():
    """Gives up the import lock once; RuntimeError if this thread does not hold it."""
    global _owner, _depth
    if _owner != _thread.get_ident():
        raise RuntimeError("not holding the import lock")
    _depth -= 1
    if _depth == 0:
        _owner = None
        _lock.release()


def lock_held():
    """Whether some thread holds the import lock."""
    return _owner is not None
