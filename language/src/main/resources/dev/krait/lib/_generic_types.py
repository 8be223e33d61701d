"""types.GenericAlias (list[int]) and types.UnionType (int | None), which the builtin types make (Krait)."""


def _type_repr(obj):
    if obj is type(None):
        return "None"
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        module = getattr(obj, "__module__", "builtins")
        if not isinstance(module, str) or module == "builtins":
            return obj.__qualname__
        return f"{module}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    return repr(obj)


class GenericAlias:
    """A parameterized generic: list[int]. Calling it makes an instance of the origin."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", ())

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __reduce__(self):
        return type(self), (self.__origin__, self.__args__)

    def __repr__(self):
        if len(self.__args__) == 0:
            arguments = "()"
        else:
            arguments = ", ".join(_type_repr(a) for a in self.__args__)
        return f"{_type_repr(self.__origin__)}[{arguments}]"

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class UnionType:
    """int | None: isinstance() and issubclass() accept it."""

    def __init__(self, args):
        object.__setattr__(self, "__args__", args)

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        return any(isinstance(obj, arg) for arg in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, arg) for arg in self.__args__)


def _union_operand(value):
    if value is None:
        return type(None)
    if isinstance(value, (type, GenericAlias, UnionType)):
        return value
    return NotImplemented


def _union(left, right):
    a = _union_operand(left)
    b = _union_operand(right)
    if a is NotImplemented or b is NotImplemented:
        return NotImplemented
    args = []
    for part in (a, b):
        for arg in (part.__args__ if isinstance(part, UnionType) else (part,)):
            if arg not in args:
                args.append(arg)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


GenericAlias.__module__ = "types"
UnionType.__module__ = "types"
