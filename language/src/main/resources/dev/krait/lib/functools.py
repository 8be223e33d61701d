"""Higher-order functions and operations on callables (Krait's implementation)."""

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering", "cache",
           "cmp_to_key", "lru_cache", "reduce", "partial", "partialmethod", "singledispatch", "cached_property"]

from _generic_types import GenericAlias as _GenericAlias
from operator import index as _operator_index
from types import MethodType as _MethodType

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__", "__type_params__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: its name, docstring and so on, and __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying update_wrapper with wrapped."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    """reduce(f, [a, b, c], x) is f(f(f(x, a), b), c); without an initial value the first item starts."""
    it = iter(iterable)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


reduce.__module__ = "_functools"  # CPython's reduce is its C module's, and pickles name it there


class partial:
    """partial(func, *args, **keywords): func with some arguments given in advance."""

    __slots__ = ("func", "args", "keywords", "__dict__", "__weakref__")
    __class_getitem__ = classmethod(_GenericAlias)

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __delattr__(self, name):
        if name == "__dict__":
            # CPython's partial is a C type whose instance dict cannot be deleted
            raise TypeError("cannot delete __dict__")
        object.__delattr__(self, name)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [f"{k}={v!r}" for k, v in self.keywords.items()]
        module = type(self).__module__
        name = type(self).__qualname__
        prefix = "functools." if module == "functools" else f"{module}."
        return f"{prefix}{name}({', '.join(parts)})"

    def __get__(self, obj, objtype=None):
        return self

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or (keywords is not None and not isinstance(keywords, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(keywords) if keywords else {}
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)


class partialmethod:
    """partial for methods: the bound object comes first."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize)."""

    __slots__ = ()

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return f"CacheInfo(hits={self[0]!r}, misses={self[1]!r}, maxsize={self[2]!r}, currsize={self[3]!r})"


_CacheInfo.__name__ = "CacheInfo"
_CacheInfo.__qualname__ = "CacheInfo"


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_kwd_mark = (object(),)


def lru_cache(maxsize=128, typed=False):
    """Memoizes a function's results, keeping the maxsize most recently used (all of them with maxsize=None)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function


_LRU_CACHE_PARAMETERS = ("user_function", "maxsize", "typed", "cache_info_type")


class _lru_cache_wrapper:
    """Create a cached callable that wraps another function.

user_function:      the function being cached

maxsize:  0         for no caching
          None      for unlimited cache size
          n         for a bounded cache

typed:    False     cache f(3) and f(3.0) as identical calls
          True      cache f(3) and f(3.0) as distinct calls

cache_info_type:    namedtuple class with the fields:
                        hits misses currsize maxsize
"""
    # the state lives in slots so that __dict__ holds only what update_wrapper and users put there
    __slots__ = ("_function", "_maxsize", "_typed", "_cache_info_type", "_cache", "_hits", "_misses",
                 "__dict__", "__weakref__")

    def __new__(cls, *args, **kwargs):
        given = len(args) + len(kwargs)
        if given > 4:
            kind = "arguments" if args else "keyword arguments"
            raise TypeError(f"lru_cache() takes at most 4 {kind} ({given} given)")
        values = list(args)
        for name in _LRU_CACHE_PARAMETERS[len(args):]:
            if name not in kwargs:
                raise TypeError(f"lru_cache() missing required argument '{name}' "
                                f"(pos {_LRU_CACHE_PARAMETERS.index(name) + 1})")
            values.append(kwargs.pop(name))
        for name in kwargs:
            if name in _LRU_CACHE_PARAMETERS:
                raise TypeError(f"argument for lru_cache() given by name ('{name}') and position "
                                f"({_LRU_CACHE_PARAMETERS.index(name) + 1})")
            raise TypeError(f"'{name}' is an invalid keyword argument for lru_cache()")
        user_function, maxsize, typed, cache_info_type = values
        typed = bool(typed)
        if not callable(user_function):
            raise TypeError("the first argument must be callable")
        if maxsize is not None:
            if not hasattr(type(maxsize), "__index__"):
                raise TypeError("maxsize should be integer or None")
            maxsize = _operator_index(maxsize)
            if not -(1 << 63) <= maxsize < (1 << 63):
                raise OverflowError(f"cannot fit '{type(maxsize).__name__}' into an index-sized integer")
            maxsize = max(maxsize, 0)
        self = object.__new__(cls)
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache_info_type = cache_info_type
        self._cache = {}
        self._hits = 0
        self._misses = 0
        return self

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache[key]
            if maxsize is not None:
                del cache[key]
                cache[key] = result  # the most recently used goes last
            return result
        self._misses += 1
        result = self._function(*args, **kwds)
        if key not in cache:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def __get__(self, instance, owner=None, /):
        if instance is None:
            return self
        return _MethodType(self, instance)

    def cache_info(self, /):
        """Report cache statistics"""
        return self._cache_info_type(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self, /):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        self._hits = self._misses = 0

    def __reduce__(self, /):
        return self.__qualname__

    def __copy__(self, /):
        return self

    def __deepcopy__(self, memo, /):
        return self


def cache(user_function, /):
    """An unbounded lru_cache."""
    return lru_cache(maxsize=None)(user_function)


_convert = {
    "__lt__": [("__gt__", lambda self, other: _not_op_and_not_eq(self.__lt__, self, other)),
               ("__le__", lambda self, other: _op_or_eq(self.__lt__, self, other)),
               ("__ge__", lambda self, other: _not_op(self.__lt__, other))],
    "__le__": [("__ge__", lambda self, other: _not_op_or_eq(self.__le__, self, other)),
               ("__lt__", lambda self, other: _op_and_not_eq(self.__le__, self, other)),
               ("__gt__", lambda self, other: _not_op(self.__le__, other))],
    "__gt__": [("__lt__", lambda self, other: _not_op_and_not_eq(self.__gt__, self, other)),
               ("__ge__", lambda self, other: _op_or_eq(self.__gt__, self, other)),
               ("__le__", lambda self, other: _not_op(self.__gt__, other))],
    "__ge__": [("__le__", lambda self, other: _not_op_or_eq(self.__ge__, self, other)),
               ("__gt__", lambda self, other: _op_and_not_eq(self.__ge__, self, other)),
               ("__lt__", lambda self, other: _not_op(self.__ge__, other))],
}


def _not_op(op, other):
    result = op(other)
    return result if result is NotImplemented else not result


def _op_or_eq(op, self, other):
    result = op(other)
    return result if result is NotImplemented else (result or self == other)


def _not_op_and_not_eq(op, self, other):
    result = op(other)
    return result if result is NotImplemented else (not result and self != other)


def _not_op_or_eq(op, self, other):
    result = op(other)
    return result if result is NotImplemented else (not result or self == other)


def _op_and_not_eq(op, self, other):
    result = op(other)
    return result if result is NotImplemented else (result and self != other)


def total_ordering(cls):
    """Class decorator: given __eq__ and one of __lt__, __le__, __gt__, __ge__, defines the others."""
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots, key=lambda op: ["__ge__", "__gt__", "__le__", "__lt__"].index(op))
    for name, function in _convert[root]:
        if name not in roots:
            function.__name__ = name
            setattr(cls, name, function)
    return cls


def cmp_to_key(mycmp):
    """A key function for sorted() from an old-style comparison function."""
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        cache = instance.__dict__
        if self.attrname in cache:
            return cache[self.attrname]
        value = self.func(instance)
        cache[self.attrname] = value
        return value


def singledispatch(func):
    """A function that dispatches on the type of its first argument (register implementations per type)."""
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, function=None):
        if isinstance(cls, type):
            if function is None:
                return lambda f: register(cls, f)
            registry[cls] = function
            return function
        function = cls
        annotations = getattr(function, "__annotations__", {})
        if not annotations:
            raise TypeError(f"Invalid first argument to `register()`: {function!r}. "
                            "Use either `@register(some_class)` or plain `@register` on an annotated function.")
        argument_type = next(iter(annotations.values()))
        registry[argument_type] = function
        return function

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
