"""Classes that write their own __init__, __repr__ and comparisons from their annotated fields (Krait's
implementation: the methods are made from closures over the fields, not from generated source)."""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields", "asdict",
           "astuple", "make_dataclass", "replace", "is_dataclass"]

import sys


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen dataclass."""


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MissingType()


class _KwOnlyType:
    __slots__ = ()


KW_ONLY = _KwOnlyType()


class InitVar:
    """An init-only pseudo-field: passed to __post_init__, not stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """The description of one field (what field() returns, and what fields() lists)."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare", "metadata",
                 "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None,
          kw_only=MISSING):
    """Describes a field: its default (or default_factory), and whether __init__, __repr__ and comparisons use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    typing = sys.modules.get("typing")
    if typing is not None:
        return annotation is typing.ClassVar or (type(annotation) is typing._GenericAlias
                                                 and annotation.__origin__ is typing.ClassVar)
    return False


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS, None)
        if base_fields:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    own_kw_only = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or annotation == "KW_ONLY" or annotation == "dataclasses.KW_ONLY":
            own_kw_only = True
            continue
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        f._field_type = "_FIELD_INITVAR" if isinstance(annotation, InitVar) else "_FIELD"
        if f.kw_only is MISSING:
            f.kw_only = own_kw_only
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError(f"mutable default {type(f.default)!r} for field {name} is not allowed: use default_factory")
        all_fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, {"init": init, "repr": repr_, "eq": eq, "order": order, "unsafe_hash": unsafe_hash,
                           "frozen": frozen})
    stored = [f for f in all_fields.values() if f._field_type == "_FIELD"]
    init_fields = [f for f in all_fields.values() if f.init]
    qualname = cls.__qualname__

    if init:
        positional = [f for f in init_fields if not f.kw_only]
        keyword = [f for f in init_fields if f.kw_only]
        seen_default = False
        for f in positional:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        setter = object.__setattr__ if frozen else setattr
        has_post_init = hasattr(cls, "__post_init__")

        def __init__(self, *args, **kwargs):
            if len(args) > len(positional):
                required = sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)
                if required == len(positional):
                    takes = f"{len(positional) + 1} positional argument{'s' if len(positional) else ''}"
                else:
                    takes = f"from {required + 1} to {len(positional) + 1} positional arguments"
                raise TypeError(f"{qualname}.__init__() takes {takes} but {len(args) + 1} were given")
            values = {}
            for f, value in zip(positional, args):
                values[f.name] = value
            for name, value in kwargs.items():
                if name in values:
                    raise TypeError(f"{qualname}.__init__() got multiple values for argument '{name}'")
                if name not in all_fields or not all_fields[name].init:
                    raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument '{name}'")
                values[name] = value
            missing = [f.name for f in positional if f.name not in values and f.default is MISSING
                       and f.default_factory is MISSING]
            if missing:
                names = " and ".join(repr(n) for n in missing) if len(missing) <= 2 else \
                    ", ".join(repr(n) for n in missing[:-1]) + f", and {missing[-1]!r}"
                raise TypeError(f"{qualname}.__init__() missing {len(missing)} required positional argument"
                                f"{'s' if len(missing) > 1 else ''}: {names}")
            missing = [f.name for f in keyword if f.name not in values and f.default is MISSING
                       and f.default_factory is MISSING]
            if missing:
                names = " and ".join(repr(n) for n in missing)
                raise TypeError(f"{qualname}.__init__() missing {len(missing)} required keyword-only argument"
                                f"{'s' if len(missing) > 1 else ''}: {names}")
            init_vars = []
            for f in all_fields.values():
                if f.init and f.name in values:
                    value = values[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                elif f.default is not MISSING:
                    value = f.default
                else:
                    continue
                if f._field_type == "_FIELD_INITVAR":
                    init_vars.append(value)
                else:
                    setter(self, f.name, value)
            if has_post_init:
                self.__post_init__(*init_vars)
        __init__.__qualname__ = f"{qualname}.__init__"
        cls.__init__ = __init__

    if repr_ and "__repr__" not in cls.__dict__:
        def __repr__(self):
            shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in stored if f.repr)
            return f"{type(self).__qualname__}({shown})"
        __repr__.__qualname__ = f"{qualname}.__repr__"
        cls.__repr__ = __repr__

    compared = [f.name for f in stored if f.compare]

    def as_tuple(obj):
        return tuple(getattr(obj, name) for name in compared)

    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) == as_tuple(other)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        for name, test in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                           ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")

            def compare(self, other, test=test):
                if other.__class__ is self.__class__:
                    return test(as_tuple(self), as_tuple(other))
                return NotImplemented
            compare.__name__ = name
            setattr(cls, name, compare)

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    hashed = [f.name for f in stored if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash or (eq and frozen):
        if has_own_hash and unsafe_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = lambda self: hash(tuple(getattr(self, name) for name in hashed))
    elif eq and not has_own_hash:
        cls.__hash__ = None

    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields if not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and, when asked, ordering, hashing, freezing) from the class's fields."""
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    def wrap(c):
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or of one of its instances, in order."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type == "_FIELD")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    """The fields as a tuple, recursing like asdict."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    """A new instance with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """A new dataclass from a list of field names, (name, type) or (name, type, Field)."""
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = "typing.Any"
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            namespace[item[0]] = item[2]
    namespace["__annotations__"] = annotations
    return dataclass(type(cls_name, bases, namespace), **kwargs)
