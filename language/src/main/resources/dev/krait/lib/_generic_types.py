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


_OWN_ATTRIBUTES = frozenset({"__class__", "__bases__", "__origin__", "__args__", "__parameters__", "__unpacked__",
                             "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
                             "__typing_unpacked_tuple_args__"})


def _is_type_variable(value):
    return hasattr(type(value), "__typing_subst__") and not isinstance(value, type)


def _collect_parameters(args):
    """The type variables in args (directly or inside nested aliases), in order of first appearance."""
    parameters = []
    for arg in args:
        found = (arg,) if _is_type_variable(arg) else getattr(arg, "__parameters__", ()) if not isinstance(arg, type) else ()
        for parameter in found if isinstance(found, tuple) else ():
            if parameter not in parameters:
                parameters.append(parameter)
    return tuple(parameters)


def _substitute(arg, substitutions):
    if _is_type_variable(arg):
        return substitutions.get(arg, arg)
    parameters = getattr(arg, "__parameters__", ()) if not isinstance(arg, type) else ()
    if parameters and isinstance(parameters, tuple):
        return arg[tuple(substitutions.get(p, p) for p in parameters)]
    return arg


class GenericAlias:
    """A parameterized generic: list[int]. Calling it makes an instance of the origin."""

    def __init__(self, origin, args, *, _unpacked=False):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _collect_parameters(args))
        object.__setattr__(self, "__unpacked__", _unpacked)

    def __iter__(self):
        """*tuple[int, ...] (PEP 646): the alias marked unpacked."""
        yield GenericAlias(self.__origin__, self.__args__, _unpacked=True)

    @property
    def __typing_unpacked_tuple_args__(self):
        return self.__args__ if self.__unpacked__ and self.__origin__ is tuple else None

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __reduce__(self):
        return type(self), (self.__origin__, self.__args__)

    def __repr__(self):
        if len(self.__args__) == 0:
            arguments = "()"
        else:
            arguments = ", ".join(_type_repr(a) for a in self.__args__)
        return f"{'*' if self.__unpacked__ else ''}{_type_repr(self.__origin__)}[{arguments}]"

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__ and
                self.__unpacked__ == other.__unpacked__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, items):
        parameters = self.__parameters__
        if not parameters:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(parameters):
            raise TypeError(f"Too {'many' if len(items) > len(parameters) else 'few'} arguments for {self!r}; "
                            f"actual {len(items)}, expected {len(parameters)}")
        substitutions = {p: p.__typing_subst__(a) if hasattr(p, "__typing_subst__") else a
                         for p, a in zip(parameters, items)}
        return GenericAlias(self.__origin__, tuple(_substitute(a, substitutions) for a in self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getattribute__(self, name):
        # the alias's own attributes; every other name is the origin's (list[int].append is list.append), while
        # operations (list[int][...], repr, ==) still use the alias's methods
        if name in _OWN_ATTRIBUTES:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "__origin__"), name)

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
