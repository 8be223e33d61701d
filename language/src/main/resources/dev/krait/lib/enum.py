"""Enumerations (Krait's implementation): Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto, unique."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto", "unique"]


class auto:
    """A value chosen for the member: the last int value plus one (or a power of two for flags)."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto()"


_ENUM_BASES_READY = False


class EnumType(type):
    """The metaclass of enumerations: members are made once, iterable, looked up by value or name."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        if not _ENUM_BASES_READY:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        member_names = []
        values = {}
        last_value = None
        is_flag = any(isinstance(b, EnumType) and issubclass(b, Flag) for b in bases)
        for key, value in list(classdict.items()):
            if key.startswith("_") or callable(value) and not isinstance(value, auto) or \
                    isinstance(value, (classmethod, staticmethod, property)) or hasattr(value, "__get__") and not isinstance(value, auto):
                continue
            if isinstance(value, auto):
                generate = classdict.get("_generate_next_value_") or _inherited(bases, "_generate_next_value_")
                if generate is not None:
                    value = generate(key, 1, len(member_names), [values[k] for k in member_names])
                elif is_flag:
                    value = 1 if last_value is None else 1 << (int(last_value).bit_length())
                else:
                    value = 1 if last_value is None else last_value + 1
            if key in values:
                raise TypeError(f"{key!r} already defined as {values[key]!r}")
            member_names.append(key)
            values[key] = value
            if isinstance(value, int):
                last_value = value
        for key in member_names:
            del classdict[key]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = _member_type(bases)
        for key in member_names:
            value = values[key]
            args = value if isinstance(value, tuple) and member_type is not object else (value,)
            if member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if "__init__" in classdict or any("__init__" in b.__dict__ for b in enum_class.__mro__[1:]
                                               if b not in (Enum, object, int, str, Flag)):
                member.__init__(*args)
            object.__setattr__(member, "_name_", key)
            object.__setattr__(member, "_value_", value)
            existing = enum_class._value2member_map_.get(value) if _hashable(value) else None
            if existing is not None:
                enum_class._member_map_[key] = existing
                type.__setattr__(enum_class, key, existing)
                continue
            enum_class._member_names_.append(key)
            enum_class._member_map_[key] = member
            if _hashable(value):
                enum_class._value2member_map_[value] = member
            type.__setattr__(enum_class, key, member)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is not None:
            return _functional(cls, value, names, start, module, qualname)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return any(member._value_ == value for member in cls)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __repr__(cls):
        return f"<flag {cls.__name__!r}>" if issubclass(cls, Flag) else f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType


def _hashable(value):
    try:
        hash(value)
        return True
    except TypeError:
        return False


def _inherited(bases, name):
    for base in bases:
        for klass in base.__mro__:
            if name in klass.__dict__:
                value = klass.__dict__[name]
                return value.__func__ if isinstance(value, staticmethod) else value
    return None


def _member_type(bases):
    for base in bases:
        for klass in base.__mro__:
            if klass in (int, str, float) and klass is not object:
                return klass
    return object


def _functional(cls, name, names, start, module=None, qualname=None):
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if isinstance(names, dict):
        items = list(names.items())
    elif names and isinstance(names[0], str):
        items = [(n, start + i) for i, n in enumerate(names)]
    else:
        items = list(names)
    namespace = {key: value for key, value in items}
    if module is None:
        # the module that called the enum class, as CPython's functional API names it
        import sys
        try:
            module = sys._getframe(2).f_globals["__name__"]
        except (AttributeError, ValueError, KeyError):
            pass
    if module is not None:
        namespace["__module__"] = module
    if qualname is not None:
        namespace["__qualname__"] = qualname
    return EnumType.__new__(EnumType, name, (cls,), namespace)


class Enum(metaclass=EnumType):
    """An enumeration: a class whose members are its attributes' named constant values."""

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = repr(self._value_) if type(self)._member_type_repr() is None else \
            type(self)._member_type_repr()(self._value_)
        return f"<{type(self).__name__}.{self._name_}: {value_repr}>"

    @classmethod
    def _member_type_repr(cls):
        return None

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __setattr__(self, name, value):
        if name in ("_name_", "_value_", "name", "value"):
            raise AttributeError(f"cannot set attribute {name!r}" if name in ("name", "value") else name)
        object.__setattr__(self, name, value)


class Flag(Enum):
    """Members combine with |, & and ^ into flags."""

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)._flag_of(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)._flag_of(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)._flag_of(self._value_ ^ other._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return (m for m in type(self) if m._value_ & self._value_ == m._value_ and m._value_)

    def __len__(self):
        return sum(1 for _ in self)

    @classmethod
    def _flag_of(cls, value):
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
        pseudo = object.__new__(cls) if _member_type(cls.__bases__) is object else \
            _member_type(cls.__bases__).__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        object.__setattr__(pseudo, "_name_", "|".join(names) if names else None)
        object.__setattr__(pseudo, "_value_", value)
        return pseudo

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, int):
            return cls._flag_of(value)
        return None

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"


class ReprEnum(Enum):
    """An Enum whose str() and format() are its value's (only repr() shows the member)."""


class IntEnum(int, ReprEnum):
    """Members are ints: they compare, hash and compute as their values."""

    __repr__ = Enum.__repr__
    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """Members are strs; auto() gives the member's name in lower case."""

    __repr__ = Enum.__repr__
    __str__ = str.__str__
    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class IntFlag(int, ReprEnum, Flag):
    """Flags that are ints: they combine with each other and with plain ints."""

    __repr__ = Flag.__repr__
    __str__ = int.__repr__
    __format__ = int.__format__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)._flag_of(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)._flag_of(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)._flag_of(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        everything = 0
        for member in type(self):
            everything |= member._value_
        return type(self)._flag_of(everything & ~int(self))


def unique(enumeration):
    """A class decorator: raises ValueError if two members share a value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration


_ENUM_BASES_READY = True
