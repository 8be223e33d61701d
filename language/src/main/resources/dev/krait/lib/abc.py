"""Abstract base classes (Krait's implementation): ABCMeta, ABC, abstractmethod, and virtual subclasses."""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod", "abstractproperty",
           "get_cache_token", "update_abstractmethods"]

from _krait_abc import register_collection as _register_collection


def abstractmethod(funcobj):
    """Marks a method abstract: a class with abstract methods cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """A deprecated spelling of @classmethod over @abstractmethod."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A deprecated spelling of @staticmethod over @abstractmethod."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """A deprecated spelling of @property over @abstractmethod."""
    for function in (fget, fset, fdel):
        if function is not None:
            function.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


_token = 0


def get_cache_token():
    return _token


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    for part in ("__func__", "fget", "fset", "fdel"):
        inner = getattr(value, part, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ (after methods were added or removed)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABCMeta(type):
    """The metaclass of abstract base classes: tracks abstract methods and registered virtual subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, name, None)):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass: isinstance and issubclass accept it."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _register_collection(cls, subclass)
        global _token
        _token += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass is not type(instance) and cls.__subclasscheck__(subclass):
            return True
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        # Answers are remembered per ABC until the next register() anywhere (which changes the token).
        cache = cls.__dict__.get("_abc_cache")
        if cache is None or cache[0] != _token:
            cache = (_token, {})
            type.__setattr__(cls, "_abc_cache", cache)
        answers = cache[1]
        key = id(subclass)
        known = answers.get(key)
        if known is not None and known[0] is subclass:
            return known[1]
        result = _subclass_check(cls, subclass)
        answers[key] = (subclass, result)
        return result


def _subclass_check(cls, subclass):
    hook = getattr(cls, "__subclasshook__", None)
    if hook is not None:
        result = hook(subclass)
        if result is not NotImplemented:
            return bool(result)
    if cls in getattr(subclass, "__mro__", ()):
        return True
    for registered in cls._abc_registry:
        if issubclass(subclass, registered):
            return True
    for scls in cls.__subclasses__():
        if issubclass(subclass, scls):
            return True
    return False


class ABC(metaclass=ABCMeta):
    """A base class whose subclasses are abstract base classes (its metaclass is ABCMeta)."""

    __slots__ = ()
