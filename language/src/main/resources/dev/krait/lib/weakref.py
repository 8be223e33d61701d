"""Weak references: references that do not keep their object alive (Krait's implementation on _weakref).

When the object is released (its last counted reference is dropped, or the cycle collector frees it) its weak
references are cleared and their callbacks called, the newest first.
"""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
from _weakrefset import WeakSet
import operator as _operator

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


def _referent(proxy):
    obj = object.__getattribute__(proxy, "_ref")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


class ProxyType:
    """A weak proxy: behaves as its object while it lives, raises ReferenceError after."""

    __slots__ = ("_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is None:
            object.__setattr__(self, "_ref", ref(obj))
        else:
            this = ref(self)

            def notify(_, callback=callback, this=this):
                proxy_object = this()
                if proxy_object is not None:
                    callback(proxy_object)
            object.__setattr__(self, "_ref", ref(obj, notify))

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_ref")()
        if obj is None:
            return f"<weakproxy at {hex(id(self))}; dead>"
        return f"<weakproxy at {hex(id(self))}; to '{type(obj).__name__}' at {hex(id(obj))}>"

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: '{type(self).__module__}.{type(self).__name__}'")

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        return next(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __index__(self):
        return _referent(self).__index__()

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __abs__(self):
        return abs(_referent(self))

    def __neg__(self):
        return -_referent(self)

    def __pos__(self):
        return +_referent(self)

    def __invert__(self):
        return ~_referent(self)

    def __eq__(self, other):
        return _referent(self) == _unwrap(other)

    def __ne__(self, other):
        return _referent(self) != _unwrap(other)

    def __lt__(self, other):
        return _referent(self) < _unwrap(other)

    def __le__(self, other):
        return _referent(self) <= _unwrap(other)

    def __gt__(self, other):
        return _referent(self) > _unwrap(other)

    def __ge__(self, other):
        return _referent(self) >= _unwrap(other)

    def __add__(self, other):
        return _referent(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _referent(self)

    def __sub__(self, other):
        return _referent(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _referent(self)

    def __mul__(self, other):
        return _referent(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _referent(self)

    def __truediv__(self, other):
        return _referent(self) / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / _referent(self)

    def __floordiv__(self, other):
        return _referent(self) // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // _referent(self)

    def __mod__(self, other):
        return _referent(self) % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % _referent(self)

    def __pow__(self, other):
        return _referent(self) ** _unwrap(other)

    def __rpow__(self, other):
        return _unwrap(other) ** _referent(self)

    def __and__(self, other):
        return _referent(self) & _unwrap(other)

    def __or__(self, other):
        return _referent(self) | _unwrap(other)

    def __xor__(self, other):
        return _referent(self) ^ _unwrap(other)

    def __lshift__(self, other):
        return _referent(self) << _unwrap(other)

    def __rshift__(self, other):
        return _referent(self) >> _unwrap(other)

    # in-place operators give the referent's result (the name is rebound to it, as CPython's proxy does)
    def __iadd__(self, other):
        return _operator.iadd(_referent(self), _unwrap(other))

    def __isub__(self, other):
        return _operator.isub(_referent(self), _unwrap(other))

    def __imul__(self, other):
        return _operator.imul(_referent(self), _unwrap(other))

    def __itruediv__(self, other):
        return _operator.itruediv(_referent(self), _unwrap(other))

    def __ifloordiv__(self, other):
        return _operator.ifloordiv(_referent(self), _unwrap(other))

    def __imod__(self, other):
        return _operator.imod(_referent(self), _unwrap(other))

    def __ipow__(self, other):
        return _operator.ipow(_referent(self), _unwrap(other))

    def __iand__(self, other):
        return _operator.iand(_referent(self), _unwrap(other))

    def __ior__(self, other):
        return _operator.ior(_referent(self), _unwrap(other))

    def __ixor__(self, other):
        return _operator.ixor(_referent(self), _unwrap(other))

    def __ilshift__(self, other):
        return _operator.ilshift(_referent(self), _unwrap(other))

    def __irshift__(self, other):
        return _operator.irshift(_referent(self), _unwrap(other))

    def __reversed__(self):
        return reversed(_referent(self))

    def __enter__(self):
        return _referent(self).__enter__()

    def __exit__(self, *exc):
        return _referent(self).__exit__(*exc)


def _unwrap(value):
    if isinstance(value, ProxyType):
        return _referent(value)
    return value


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


# id of a live object -> a weak reference to its proxy without callback (proxy(obj) gives that one again, as CPython)
_basic_proxies = {}


def proxy(obj, callback=None):
    """A proxy to obj that does not keep it alive (ReferenceError once it is gone)."""
    if not isinstance(obj, object) or type(obj) in (int, float, str, bool, tuple, list, dict, type(None)):
        raise TypeError(f"cannot create weak reference to '{type(obj).__name__}' object")
    ref(obj)  # the same check ref() makes
    cls = CallableProxyType if callable(obj) else ProxyType
    if callback is not None:
        return cls(obj, callback)
    key = id(obj)
    known = _basic_proxies.get(key)
    existing = known() if known is not None else None
    if existing is not None and object.__getattribute__(existing, "_ref")() is obj:
        return existing
    made = cls(obj)
    _basic_proxies[key] = ref(made, lambda _, key=key: _basic_proxies.pop(key, None))
    return made


class WeakMethod:
    """A weak reference to a bound method, alive while both its object and its function are."""

    __slots__ = ("_self_ref", "_func_ref", "_meth_type", "_callback", "__weakref__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        this = ref(self)

        def _cb(_, this=this):
            method_ref = this()
            if method_ref is not None:
                callback_function = object.__getattribute__(method_ref, "_callback")
                object.__setattr__(method_ref, "_callback", None)
                if callback_function is not None:
                    callback_function(method_ref)
        object.__setattr__(self, "_self_ref", ref(obj, _cb))
        object.__setattr__(self, "_func_ref", ref(func, _cb))
        object.__setattr__(self, "_meth_type", type(meth))
        object.__setattr__(self, "_callback", callback)

    def __call__(self):
        obj = self._self_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self._self_ref() is None or other._self_ref() is None:
                return self is other
            return self._self_ref == other._self_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((self._self_ref, self._func_ref))


class WeakValueDictionary:
    """A mapping whose values are weakly referenced: an entry goes away when its value is released."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}
        this = ref(self)

        def remove(value_ref, this=this):
            owner = this()
            if owner is not None:
                key = value_ref.key
                if owner.data.get(key) is value_ref:
                    del owner.data[key]
        self._remove = remove
        self.update(other, **kwargs)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = _KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        value_ref = self.data.get(key)
        return value_ref is not None and value_ref() is not None

    def __len__(self):
        return sum(1 for value_ref in self.data.values() if value_ref() is not None)

    def __iter__(self):
        for key, value_ref in list(self.data.items()):
            if value_ref() is not None:
                yield key

    def __repr__(self):
        return f"<{type(self).__name__} at {hex(id(self))}>"

    def get(self, key, default=None):
        value_ref = self.data.get(key)
        if value_ref is None:
            return default
        value = value_ref()
        return default if value is None else value

    def keys(self):
        return list(iter(self))

    def values(self):
        result = []
        for value_ref in list(self.data.values()):
            value = value_ref()
            if value is not None:
                result.append(value)
        return result

    def items(self):
        result = []
        for key, value_ref in list(self.data.items()):
            value = value_ref()
            if value is not None:
                result.append((key, value))
        return result

    def itervaluerefs(self):
        return iter(list(self.data.values()))

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *default):
        try:
            value = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, value_ref = self.data.popitem()
            value = value_ref()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "items"):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy


class _KeyedRef:
    """A weak reference that remembers the key of its dictionary entry."""

    __slots__ = ("_ref", "key", "__weakref__")

    def __init__(self, value, callback, key):
        this = ref(self)

        def notify(_, this=this, callback=callback):
            keyed = this()
            if keyed is not None:
                callback(keyed)
        self._ref = ref(value, notify)
        self.key = key

    def __call__(self):
        return self._ref()


class WeakKeyDictionary:
    """A mapping whose keys are weakly referenced: an entry goes away when its key is released."""

    def __init__(self, dict=None):
        self.data = {}
        this = ref(self)

        def remove(key_ref, this=this):
            owner = this()
            if owner is not None:
                owner.data.pop(key_ref, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            key_ref = ref(key)
        except TypeError:
            return False
        return key_ref in self.data

    def __len__(self):
        return sum(1 for key_ref in self.data if key_ref() is not None)

    def __iter__(self):
        for key_ref in list(self.data):
            key = key_ref()
            if key is not None:
                yield key

    def __repr__(self):
        return f"<{type(self).__name__} at {hex(id(self))}>"

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(iter(self))

    def values(self):
        return [value for key_ref, value in list(self.data.items()) if key_ref() is not None]

    def items(self):
        result = []
        for key_ref, value in list(self.data.items()):
            key = key_ref()
            if key is not None:
                result.append((key, value))
        return result

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            key_ref, value = self.data.popitem()
            key = key_ref()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy


class finalize:
    """Calls func(*args, **kwargs) when obj is released (or at exit, while atexit is true), at most once."""

    _registry = {}
    _index = 0

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index += 1
        info.index = finalize._index
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f"<{type(self).__name__} object at {hex(id(self))}; dead>"
        return f"<{type(self).__name__} object at {hex(id(self))}; for {type(obj).__name__!r} at {hex(id(obj))}>"


# CPython's _weakref module has proxy and its types; Krait writes them here, in Python
import _weakref
_weakref.proxy, _weakref.ProxyType, _weakref.CallableProxyType = proxy, ProxyType, CallableProxyType


def _remove_dead_weakref(dct, key):
    """Deletes dct[key] if it is a dead weak reference (the dict machinery of WeakValueDictionary)."""
    try:
        value = dct[key]
    except KeyError:
        return
    if not isinstance(value, ref):
        raise TypeError("not a weakref")
    if value() is None:
        del dct[key]


_weakref._remove_dead_weakref = _remove_dead_weakref
