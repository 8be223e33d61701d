"""Enumerations (Krait's implementation): Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto, member/nonmember,
enum.property, unique, verify, global_enum and the functional API, with CPython 3.12's rules and messages.

How a class body becomes an enumeration: EnumType.__prepare__ gives the body an _EnumDict, which decides at each
assignment whether the name is a member (resolving auto() there and then, refusing reused names); EnumType.__new__
then hands each member value to type.__new__ wrapped in a _PendingMember, whose __set_name__ turns it into the
member (so __init_subclass__ already sees the members, as in CPython); afterwards the class gets its repr/str/format
and Flag operators, and its __new__ becomes the by-value lookup.

Flag, IntFlag and FlagBoundary (_enum_flag) and verify with EnumCheck (_enum_checks) are made the first time a
program asks this module for them (module __getattr__), so importing enum stays fast."""

import sys
import builtins as _builtins

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "property", "verify", "member", "nonmember",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
           "global_flag_repr", "global_enum_repr", "global_str", "global_enum",
           "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE",
           "pickle_by_global_name", "pickle_by_enum_name"]

# The classes this module defines with EnumType itself; None while they are being made (EnumType looks at them).
Enum = ReprEnum = None
# Flag and FlagBoundary's EJECT once _enum_flag has made them (programs that use no flags never import it);
# until then no class is a flag
_Flag = _EJECT = None
# True while this module makes its own enum classes: their bodies hold nothing _EnumDict would refuse or resolve,
# so they are plain dicts (importing enum runs less code).
_own_classes = True


class nonmember:
    """Keeps a value in an enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Makes a value in an enum class body a member (even a function)."""

    def __init__(self, value):
        self.value = value


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """A member value chosen by the enum's _generate_next_value_ when the body assigns it."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    # a name mangled in the class body (the class name as written, leading underscores kept)
    prefix = "_" + cls_name + "__"
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith("__")


def _is_nested_class(cls_name, obj):
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, "__qualname__", "")
    own = cls_name + "." + getattr(obj, "__name__", "")
    return qualname == own or qualname.endswith("." + own)


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _high_bit(value):
    """The index of the highest bit set, -1 for zero or a negative number."""
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError("%r is not a positive integer" % original)
    while num:
        bit = num & -num
        yield bit
        num ^= bit


def show_flag_values(value):
    """The single bits of value, lowest first."""
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """bin() in two's complement: a sign bit (0 positive, 1 negative), a space, then the digits."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtins.bin(num + ceiling).replace("1", "0", 1)
    else:
        text = _builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _unpicklable(self, proto):
    raise TypeError("%r cannot be pickled" % self)


_mappingproxy = None


def _read_only(mapping):
    global _mappingproxy
    if _mappingproxy is None:
        proxy = type(type.__dict__)
        if proxy is dict:
            # a runtime whose class namespaces are plain dicts: the types module's mappingproxy
            from types import MappingProxyType as proxy
        _mappingproxy = proxy
    return _mappingproxy(mapping)


class property:
    """An attribute of enum members that, looked up on the enum class, is the member of that name (if any):
    members may be called `name` or `value`."""

    member = None
    _attr_type = None
    _cls_type = None

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def getter(self, fget):
        result = type(self)(fget, self.fset, self.fdel, None if self.overwrite_doc else self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        if self._attr_type == "attr":
            return getattr(self._cls_type, self.name)
        if self._attr_type == "desc":
            return getattr(instance._value_, self.name)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


_ALLOWED_SUNDERS = frozenset(("_order_", "_generate_next_value_", "_numeric_repr_", "_missing_", "_ignore_",
                              "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_"))


class _EnumDict(dict):
    """The namespace of an enum class body: records member names in order, resolves auto() values as they are
    assigned, and refuses a name defined twice or a reserved _sunder_ name."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False

    def __setitem__(self, key, value):
        if _is_nested_class(self._cls_name, value):
            import warnings
            warnings.warn("In 3.13 classes created inside an enum will not become a member.  "
                          "Use the `member` decorator to keep the current behavior.",
                          DeprecationWarning, stacklevel=2)
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use" % (key,))
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == "_ignore_":
                value = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError("_ignore_ cannot specify already set names: %r" % (already,))
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            # auto() alone or in a plain tuple gets its value now (the warning of _generate_next_value_ is
            # about the class body, two frames up: no helper function in between)
            single = isinstance(value, auto)
            parts = (value,) if single else value
            if type(parts) is tuple and any(isinstance(part, auto) for part in parts):
                resolved = []
                for part in parts:
                    if isinstance(part, auto):
                        if part.value is _auto_null:
                            part.value = self._generate_next_value(key, 1, len(self._member_names),
                                                                   self._last_values[:])
                            self._auto_called = True
                        part = part.value
                        self._last_values.append(part)
                    resolved.append(part)
                value = resolved[0] if single else tuple(resolved)
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


class _PendingMember:
    """A member value in the new class's namespace until type.__new__ names it: then it becomes the member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        _add_member(enum_class, member_name, self.value)


def _add_member(enum_class, name, value):
    """Makes member `name` of enum_class from its body's value (an alias if a member already has the value)."""
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    new_member = enum_class._new_member_
    enum_member = new_member(enum_class, *args) if enum_class._use_args_ else new_member(enum_class)
    if not hasattr(enum_member, "_value_"):
        if enum_class._member_type_ is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                error = TypeError("_value_ not set in __new__, unable to create it")
                error.__cause__ = exc
                raise error
    value = enum_member._value_
    enum_member._name_ = name
    enum_member.__objclass__ = enum_class
    enum_member.__init__(*args)
    enum_member._sort_order_ = len(enum_class._member_names_)
    is_flag = _Flag is not None and issubclass(enum_class, _Flag)
    if is_flag:
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
    canonical = _find_by_value(enum_class, value)
    if canonical is not None:
        enum_member = canonical
    elif not is_flag or _is_single_bit(value):
        # a multi-bit flag value stays out of the iteration order (it is an alias of its bits)
        enum_class._member_names_.append(name)
    _bind_member(enum_class, name, enum_member)
    enum_class._member_map_[name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _find_by_value(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                return candidate
        return None


def _bind_member(enum_class, name, enum_member):
    """Sets the class attribute for a member; if a base defines the name, an enum.property that gives the member
    on the class and the base's attribute on members."""
    found = kind = owner = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is None:
            continue
        if isinstance(attr, property):
            found, kind, owner = attr, "enum", base
            break
        if _is_descriptor(attr):
            found = attr
            kind = kind or "desc"
            owner = owner or base
        else:
            kind, owner = "attr", base
    if found is None:
        setattr(enum_class, name, enum_member)
        return
    redirect = property()
    redirect.member = enum_member
    redirect.__set_name__(enum_class, name)
    redirect.fget = getattr(found, "fget", None)
    redirect.fset = getattr(found, "fset", None)
    redirect.fdel = getattr(found, "fdel", None)
    redirect._attr_type = kind
    redirect._cls_type = owner
    setattr(enum_class, name, redirect)


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        if _own_classes:
            namespace = {}
        else:
            namespace = _EnumDict()
            namespace._cls_name = cls
        first_enum = metacls._get_mixins_(cls, bases)[1]
        if first_enum is not None:
            namespace["_generate_next_value_"] = getattr(first_enum, "_generate_next_value_", None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        if _own_classes:
            # one of this module's own classes (a plain dict): its members are its public str values
            member_names = [key for key, value in classdict.items() if key[0] != "_" and type(value) is str]
        else:
            ignore = classdict.setdefault("_ignore_", [])
            ignore.append("_ignore_")
            for key in ignore:
                classdict.pop(key, None)
            member_names = classdict._member_names
        invalid = set(member_names) & {"mro", ""}
        if invalid:
            raise ValueError("invalid enum member name(s) %s" % ",".join(repr(n) for n in invalid))
        order = classdict.pop("_order_", None)
        generate = classdict.get("_generate_next_value_")
        body = dict(classdict.items())
        if generate is not None and type(generate) is not staticmethod:
            body["_generate_next_value_"] = staticmethod(generate)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(body, member_type, first_enum)
        body["_new_member_"] = new_member
        body["_use_args_"] = use_args
        for name in member_names:
            body[name] = _PendingMember(body[name])
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = member_type
        body["_value_repr_"] = metacls._find_data_repr_(cls, bases)
        is_flag = _Flag is not None and any(issubclass(base, _Flag) for base in bases) or _Flag is None and cls == "Flag"
        if is_flag:
            body["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
            body["_flag_mask_"] = 0
            body["_singles_mask_"] = 0
            body["_all_bits_"] = 0
            body["_inverted_"] = None
        try:
            error = None
            enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        except Exception as exc:
            # raised again without the note type.__new__ adds to errors of __set_name__ (a member's creation)
            error = type(exc)(str(exc))
            error.__cause__ = exc.__cause__
            error.__context__ = exc.__context__
            traceback = exc.__traceback__
        if error is not None:
            raise error.with_traceback(traceback)
        body.update(enum_class.__dict__)
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)")
            if "__format__" not in body:
                body["__format__"] = member_type.__format__
                type.__setattr__(enum_class, "__format__", member_type.__format__)
            if "__str__" not in body:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                body["__str__"] = method
                type.__setattr__(enum_class, "__str__", method)
        for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
            if name not in body:
                found = getattr(enum_class, name)
                if found is getattr(object, name) or found is getattr(member_type, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if is_flag and _Flag is not None:
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                if name not in body:
                    type.__setattr__(enum_class, name, _Flag.__dict__[name])
        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, "__new_member__", new_member)
            type.__setattr__(enum_class, "__new__", Enum.__new__)
        if isinstance(order, str):
            order = order.replace(",", " ").split()
        if is_flag and _Flag is not None:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if order:
                order = [name for name in order if name not in enum_class._member_map_
                         or _is_single_bit(enum_class[name]._value_)]
        if order:
            order = [name for name in order if name not in enum_class._member_map_
                     or name in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1, boundary=None):
        if cls._member_map_:
            if names:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is None and type is None:
            raise TypeError(f"{cls} has no members; specify `names=()` if you meant to create a new, empty, enum")
        return cls._create_(class_name=value, names=names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_ or value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__", "__members__",
                 "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add("__new__")
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add("__init_subclass__")
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """A read-only mapping of every member name (aliases too) to its member."""
        return _read_only(cls._member_map_)

    def __repr__(cls):
        if _Flag is not None and issubclass(cls, _Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: a new enum named class_name with members from names (a string of names, a
        sequence of names or of (name, value) pairs, or a mapping)."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = cls._get_mixins_(class_name, bases)[1]
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            given, names, last_values = names, [], []
            for count, name in enumerate(given):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframemodulename(2)
            except AttributeError:
                try:
                    module = sys._getframe(2).f_globals["__name__"]
                except (AttributeError, ValueError, KeyError):
                    pass
        if module is None:
            classdict["__reduce_ex__"] = _unpicklable
            classdict["__module__"] = "<unknown>"
        else:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """An enum of the constants of module (or source) whose names pass filter, put in the module's namespace
        in their place."""
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            members.sort(key=lambda item: (item[1], item[0]))
        except TypeError:
            members.sort(key=lambda item: item[0])
        if boundary is None:
            from _enum_flag import KEEP as boundary
        enum_class = cls(name, members, module=module, boundary=boundary)
        if as_global:
            global_enum(enum_class)
        else:
            module_globals.update(enum_class._member_map_)
        module_globals[name] = enum_class
        return enum_class

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """The type members are made of, and the enum class that comes last in bases."""
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return mcls._find_data_type_(class_name, bases) or object, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if "__repr__" in base.__dict__:
                    params = base.__dict__.get("__dataclass_params__")
                    if "__dataclass_fields__" in base.__dict__ and params is not None and params.repr:
                        return _dataclass_repr
                    return base.__dict__["__repr__"]
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError("too many data types for %r: %r" % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The __new__ that makes members, whether to keep a body's own __new__ as __new_member__, and whether
        members are made from their values (use_args)."""
        new = classdict.get("__new__")
        save_new = first_enum is not None and new is not None
        if new is None:
            plain = (None, None.__new__, object.__new__, Enum.__new__ if Enum is not None else None)
            for method in ("__new_member__", "__new__"):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target is p for p in plain):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = first_enum is not None and new is not object.__new__ and \
            (Enum is None or new is not Enum.__new__)
        return new, save_new, use_args


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Named constants: subclass it and assign values in the body (RED = 1); the members are its instances,
    found by attribute (Color.RED), by value (Color(1)) or by name (Color['RED']), iterable in definition order."""

    @classmethod
    def __signature__(cls):
        if cls._member_names_:
            return "(*values)"
        return "(new_class_name, /, names, *, module=None, qualname=None, type=None, start=1, boundary=None)"

    def __new__(cls, value):
        # members are made with the class; calling the class (or unpickling) only looks one up
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if _Flag is not None and issubclass(cls, _Flag) and cls._boundary_ is _EJECT and isinstance(result, int):
                return result
            not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            if result is None and exc is None:
                raise not_valid
            if exc is None:
                exc = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                                % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = not_valid
            raise exc
        finally:
            exc = not_valid = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value of an auto() member: start for the first, else the last value plus one."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn("In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be "
                          "sortable and support adding +1\nand the value returned will be the largest value in "
                          "the enum incremented by 1", DeprecationWarning, stacklevel=3)
            for value in reversed(last_values):
                try:
                    return value + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = set(object.__dir__(self)) if self.__class__._member_type_ is not object else set()
        for name in getattr(self, "__dict__", ()):
            if name[0] != "_" and name not in self._member_map_:
                names.add(name)
        for klass in self.__class__.mro():
            for name, obj in klass.__dict__.items():
                if name[0] == "_":
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in self._member_map_:
                    names.add(name)
        names.update(("__class__", "__doc__", "__eq__", "__hash__", "__module__"))
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose members keep their data type's str() and format(): only repr() shows the member."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs (auto() gives the lower-cased member name)."""

    def __new__(cls, *values):
        """A member from a str, or from str()'s arguments (bytes, encoding[, errors])."""
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2]))
        value = str(*values)
        result = str.__new__(cls, value)
        result._value_ = value
        return result

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() in a StrEnum: the member's name in lower case."""
        return name.lower()


def pickle_by_global_name(self, proto):
    """A __reduce_ex__ for members that are globals of their module: pickled as their name."""
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    """A __reduce_ex__ that pickles a member as a lookup of its name on its class."""
    return getattr, (self.__class__, self._name_)


_own_classes = False


def unique(enumeration):
    """A class decorator: ValueError if two member names share a value."""
    duplicates = [(name, member.name) for name, member in enumeration._member_map_.items() if name != member.name]
    if duplicates:
        details = ", ".join(["%s -> %s" % (alias, name) for alias, name in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


def _dataclass_repr(self):
    fields = self.__dataclass_fields__
    return ", ".join("%s=%r" % (key, getattr(self, key)) for key in fields.keys() if fields[key].repr)


def global_enum_repr(self):
    """repr() of a member of a global enum: module.NAME (the last part of a dotted module name)."""
    module = self.__class__.__module__.split(".")[-1]
    return "%s.%s" % (module, self._name_)


def global_flag_repr(self):
    """repr() of a member of a global flag: module.NAME, its names joined by | for a combination."""
    module = self.__class__.__module__.split(".")[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self):
        return "%s.%s" % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return "|".join(["%s.%s" % (module, name) for name in self.name.split("|")])
    return "|".join([name if name[0].isdigit() else "%s.%s" % (module, name) for name in self._name_.split("|")])


def global_str(self):
    """str() of a member of a global enum: its bare name."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """A class decorator: the members become globals of the enum's module and their repr() module.NAME (their
    str() the bare name too, unless the enum is a ReprEnum and update_str is false)."""
    cls.__repr__ = global_flag_repr if _Flag is not None and issubclass(cls, _Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls._member_map_)
    return cls


def __getattr__(name):
    # made on first use, so that importing enum stays fast: the flag classes (_enum_flag) and verify() with
    # EnumCheck (_enum_checks)
    if name in _FLAGS:
        import _enum_flag
        return globals()[name]
    if name in _CHECKS:
        import _enum_checks
        for attribute in _CHECKS:
            globals()[attribute] = getattr(_enum_checks, attribute)
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_FLAGS) | set(_CHECKS))


_FLAGS = ("FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "Flag", "IntFlag")
_CHECKS = ("EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "verify")
