"""Shallow and deep copies (Krait's implementation): copy(x), deepcopy(x[, memo]), and the __copy__ and
__deepcopy__ hooks of classes."""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, type, range, type(len), type(Ellipsis),
           type(NotImplemented), property)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type) or callable(x) and hasattr(x, "__code__"):
        return x
    if cls in (list, dict, set):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    return _reconstruct_copy(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied recursively, shared and cyclic parts stay shared."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type) or callable(x) and hasattr(x, "__code__"):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            y = hook(memo)
        else:
            y = _reconstruct_copy(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct_copy(x, memo):
    """An instance of x's class with (copies of) x's attributes, without calling __init__."""
    cls = type(x)
    if isinstance(x, (list, dict, set, tuple)):
        raise Error(f"un(deep)copyable object of type {cls}")
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state is not None:
        if memo is not None:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None and type(y).__setstate__ is not object.__dict__.get("__setstate__"):
            setstate(dict(state))
        else:
            y.__dict__.update(state)
    for klass in cls.__mro__:
        for name in klass.__dict__.get("__slots__", ()) if not isinstance(klass.__dict__.get("__slots__", ()), str) \
                else (klass.__dict__["__slots__"],):
            if name in ("__dict__", "__weakref__"):
                continue
            try:
                value = getattr(x, name)
            except AttributeError:
                continue
            object.__setattr__(y, name, value if memo is None else deepcopy(value, memo))
    return y


def replace(obj, /, **changes):
    """A new object like obj with some fields changed (obj's class must define __replace__)."""
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
