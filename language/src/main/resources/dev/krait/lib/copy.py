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
    if cls in _ATOMIC or issubclass(cls, type) or callable(x) and hasattr(x, "__code__"):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset, bytes):
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    reduction = _reduce(x, cls, "shallow")
    if isinstance(reduction, str):
        return x
    return _reconstruct(x, None, *reduction)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied recursively, shared and cyclic parts stay shared."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type) or callable(x) and hasattr(x, "__code__"):
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
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is bytes:
        y = x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            y = hook(memo)
        else:
            reduction = _reduce(x, cls, "deep")
            if isinstance(reduction, str):
                y = x
            else:
                y = _reconstruct(x, memo, *reduction)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls, kind):
    """How x is taken apart: copyreg's registered reducer, else __reduce_ex__(4), else __reduce__()."""
    import copyreg
    reducer = copyreg.dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    reducer = getattr(x, "__reduce_ex__", None)
    if reducer is not None:
        return reducer(4)
    reducer = getattr(x, "__reduce__", None)
    if reducer is not None:
        return reducer()
    raise Error(f"un({kind})copyable object of type {cls}")


def _reconstruct(x, memo, func, args, state=None, listitems=None, dictitems=None):
    """Rebuilds a copy from a reduction: func(*args), then the state, list items and dict items (deep-copied if memo)."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for name, value in slots.items():
                    setattr(y, name, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def replace(obj, /, **changes):
    """A new object like obj with some fields changed (obj's class must define __replace__)."""
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
