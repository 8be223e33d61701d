"""copyreg: how objects are taken apart and rebuilt for copying and pickling (written for Krait).

Besides the public registry (pickle(), constructor(), dispatch_table, the extension registry), this module holds
what object.__reduce_ex__, object.__reduce__ and object.__getstate__ compute: Krait's object type calls
_reduce_object and _object_getstate with the object's nearest builtin base class.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function as the reducer of ob_type (copy and pickle consult dispatch_table)."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (without __dict__ and __weakref__), mangled."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for klass in cls.__mro__:
        if "__slots__" not in klass.__dict__:
            continue
        slots = klass.__dict__["__slots__"]
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                name = "_%s%s" % (stripped, name) if stripped else name
            names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# ---- what Krait's object.__getstate__ / __reduce__ / __reduce_ex__ do ----

def _object_getstate(obj):
    """object.__getstate__(): the instance dict (None if empty), with the slot values as (dict, slots) if any."""
    try:
        state = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


# attributes Krait keeps in the instance dict where CPython's exceptions have slots: not part of the pickled state
_EXCEPTION_FIELDS = (
    (OSError, ("errno", "strerror", "filename", "winerror", "filename2", "characters_written")),
    (SyntaxError, ("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line")),
    (ImportError, ("msg", "name", "path")),
)


def _reduce_exception(exc, protocol):
    """BaseException.__reduce__: (type, args[, instance dict]); OSError puts its filenames back in args and
    ImportError its name and path in the state, as CPython's do."""
    state = getattr(exc, "__dict__", None)
    args = exc.args
    if state:
        state = dict(state)
        for family, fields in _EXCEPTION_FIELDS:
            if isinstance(exc, family):
                for field in fields:
                    state.pop(field, None)
    if isinstance(exc, OSError) and exc.filename is not None:
        if exc.filename2 is not None:
            args = (exc.errno, exc.strerror, exc.filename, None, exc.filename2)
        else:
            args = (exc.errno, exc.strerror, exc.filename)
    if isinstance(exc, ImportError):
        state = state or {}
        for field in ("name", "path"):
            if getattr(exc, field) is not None:
                state[field] = getattr(exc, field)
    return (type(exc), args, state) if state else (type(exc), args)


def _reduce_set(s, protocol):
    return (type(s), (list(s),), _object_getstate(s) if type(s) not in (set, frozenset) else None)


def _reduce_range(r, protocol):
    return (range, (r.start, r.stop, r.step))


def _reduce_slice(s, protocol):
    return (slice, (s.start, s.stop, s.step))


def _reduce_bytearray(b, protocol):
    state = _object_getstate(b) if type(b) is not bytearray else None
    if protocol is not None and protocol >= 3:
        return (type(b), (bytes(b),), state)
    return (type(b), (b.decode("latin-1"), "latin-1"), state)


# bases with a reduction of their own; the value says how __new__ gets the object back (for protocol 2 and up)
_OWN_REDUCTION = {set: _reduce_set, frozenset: _reduce_set, range: _reduce_range, slice: _reduce_slice,
                  bytearray: _reduce_bytearray}
_NEW_ARGUMENTS = {
    object: lambda obj: (),
    list: lambda obj: (),
    dict: lambda obj: (),
    tuple: lambda obj: (tuple(obj),),
    int: lambda obj: (int(obj),),
    bool: lambda obj: (int(obj),),
    float: lambda obj: (float(obj),),
    complex: lambda obj: (complex(obj).real, complex(obj).imag),
    str: lambda obj: (str(obj),),
    bytes: lambda obj: (bytes(obj),),
}


def _reduce_builtin_function(function):
    """A builtin function is pickled by name (a module's function) or as getattr(owner, name) (a method)."""
    name = function.__name__
    if type(function).__name__ in ("method_descriptor", "wrapper_descriptor"):
        # an unbound method of a builtin class (list.append): it has no __self__, its class is __objclass__
        return (getattr, (function.__objclass__, name))
    owner = function.__self__
    if owner is None or type(owner).__name__ == "module":
        qualname = function.__qualname__
        if owner is None or "." not in qualname:
            return qualname
        for part in qualname.split(".")[:-1]:
            owner = getattr(owner, part)
    return (getattr, (owner, name))


def _reduce_method(method):
    return (getattr, (method.__self__, method.__func__.__name__))


_OWN_TYPE_REDUCTION = {"builtin_function_or_method": _reduce_builtin_function, "method_descriptor": _reduce_builtin_function,
                       "wrapper_descriptor": _reduce_builtin_function, "method-wrapper": _reduce_builtin_function,
                       "method": _reduce_method}


def _reduce_object(obj, protocol, base, type_name):
    """object.__reduce_ex__(protocol) (protocol None: object.__reduce__()); base is obj's nearest builtin class."""
    by_type = _OWN_TYPE_REDUCTION.get(type_name)
    if by_type is not None and type(obj) is base:
        return by_type(obj)
    own = _OWN_REDUCTION.get(base)
    if own is not None:
        return own(obj, protocol)
    if isinstance(base, type) and issubclass(base, BaseException):
        return _reduce_exception(obj, protocol)
    if base not in _NEW_ARGUMENTS:
        raise TypeError(f"cannot pickle {type_name!r} object")
    if protocol is None or protocol < 2:
        return _reduce_ex(obj, protocol or 0, base)
    return _reduce_newobj(obj, base)


def _reduce_newobj(obj, base):
    cls = type(obj)
    kwargs = None
    if getattr(cls, "__getnewargs_ex__", None) is not None:
        result = obj.__getnewargs_ex__()
        if not isinstance(result, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(result).__name__}'")
        if len(result) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(result)}")
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                            f"not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                            f"not '{type(kwargs).__name__}'")
    elif getattr(cls, "__getnewargs__", None) is not None:
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
    else:
        args = _NEW_ARGUMENTS[base](obj)
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls,) + args, state, listitems, dictitems)


def _reduce_ex(obj, protocol, base=None):
    """The reduction of protocols 0 and 1: rebuilt by _reconstructor from the builtin base's value and the state."""
    cls = type(obj)
    if base is None:
        base = next((klass for klass in cls.__mro__ if klass in _NEW_ARGUMENTS), object)
    if base is cls and base is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    state = None if base is object else base(obj)
    args = (cls, base, state)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is object.__getstate__ and getattr(obj, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    if getstate is object.__getstate__:
        try:
            values = obj.__dict__
        except AttributeError:
            values = None
    else:
        values = obj.__getstate__()
    if values:
        return _reconstructor, args, values
    return _reconstructor, args


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


# ---- the extension registry (pickle's EXT opcodes) ----

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
