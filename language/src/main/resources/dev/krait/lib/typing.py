"""Type hints at run time (Krait's implementation): the special forms, generic aliases of the builtin and
collections.abc types, TypeVar, Generic, Protocol, TypedDict, NamedTuple, NewType and get_type_hints."""

import collections.abc as _abc
import collections as _collections
import contextlib as _contextlib
import functools as _functools
import operator as _operator
import sys as _sys
from abc import ABCMeta as _ABCMeta

_BuiltinGenericAlias = type(list[int])
_UnionType = type(int | str)
NoneType = type(None)

__all__ = ["Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef", "Generic", "Literal",
           "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "TypeVarTuple", "TypeAliasType", "Union", "AbstractSet", "ByteString",
           "Container", "ContextManager", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping",
           "MappingView", "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView",
           "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
           "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex",
           "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque", "Dict",
           "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator",
           "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads", "dataclass_transform", "final",
           "get_args", "get_origin", "get_overloads", "get_type_hints", "is_typeddict", "LiteralString", "Never",
           "NewType", "no_type_check", "no_type_check_decorator", "NoReturn", "NotRequired", "overload",
           "override", "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable", "Self",
           "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack", "IO", "BinaryIO", "TextIO"]

TYPE_CHECKING = False


def _caller_module(depth=2):
    return _sys._getframemodulename(depth)


def _type_repr(obj):
    """How a type appears inside a typing repr: int, __main__.Node, ..., typing.List[int]."""
    if isinstance(obj, type) and not isinstance(obj, _BuiltinGenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    if isinstance(obj, tuple):
        return "[" + ", ".join(_type_repr(t) for t in obj) + "]"
    return repr(obj)


def _type_convert(arg, module=None):
    if arg is None:
        return NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Converts None and strings, and refuses what cannot stand as a type argument."""
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)
    arg = _type_convert(arg, module=module)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid_generic_forms:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


def _is_unpacked_typevartuple(x):
    """Unpack[Ts] (or *Ts) of a TypeVarTuple Ts."""
    return isinstance(x, _UnpackGenericAlias) and isinstance(x.__args__[0], TypeVarTuple)


def _variadic_parameter(parameters):
    """The index of the TypeVarTuple among parameters, or None."""
    for i, p in enumerate(parameters):
        if isinstance(p, TypeVarTuple):
            return i
    return None


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    parameters = []
    for t in args:
        if isinstance(t, type):
            continue
        if _is_unpacked_typevartuple(t):
            t = t.__args__[0]
        if _is_typevar_like(t) or isinstance(t, TypeVarTuple):
            if t not in parameters:
                parameters.append(t)
        elif isinstance(t, (list, tuple)):
            for x in _collect_parameters(t):
                if x not in parameters:
                    parameters.append(x)
        else:
            for x in getattr(t, "__parameters__", ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _check_generic(cls, parameters, elen, variadic=False):
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(parameters)
    if variadic:
        if alen < elen - 1:
            raise TypeError(f"Too few arguments for {cls}; actual {alen}, expected at least {elen - 1}")
        return
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} arguments for {cls}; actual {alen}, expected {elen}")


def _deduplicate(params):
    result = []
    for p in params:
        if p not in result:
            result.append(p)
    return tuple(result)


def _remove_dups_flatten(parameters):
    flat = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return _deduplicate(flat)


def _substitute(arg, substitutions):
    if _is_typevar_like(arg):
        return substitutions.get(arg, arg)
    if isinstance(arg, (list, tuple)):
        return type(arg)(_substitute(a, substitutions) for a in arg)
    parameters = getattr(arg, "__parameters__", ())
    if parameters and isinstance(arg, (_GenericAlias, _BuiltinGenericAlias)):
        return arg[tuple(substitutions.get(p, p) for p in parameters)]
    return arg


class _Final:
    """Classes of typing's own objects that are not meant to be subclassed."""

    __slots__ = ("__weakref__",)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _NotIterable:
    __slots__ = ()
    __iter__ = None


class _SpecialForm(_Final, _NotIterable, _root=True):
    """A name of typing that means something only when subscripted or as a whole: Union, Optional, ClassVar..."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {"__name__", "__qualname__"}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return type.__instancecheck__(self, obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type; may be subclassed (for mocks), not instantiated."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


@_SpecialForm
def NoReturn(self, parameters):
    """A function that never returns."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type: no value has it."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """The type of the current class's instance."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """A str made only of literals."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an explicit type alias: Alias: TypeAlias = int."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """A class variable: ClassVar[int]."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """A name that cannot be reassigned: Final[int]."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A TypedDict key that must be present."""
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A TypedDict key that may be missing."""
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def TypeGuard(self, parameters):
    """The return type of a function that narrows its argument's type."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: X or Y. Nested unions flatten, duplicates go, a single type is returned as it is."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _remove_dups_flatten(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, NoneType]


@_SpecialForm
def Literal(self, *parameters):
    """Literal[1, 'a']: exactly one of these values."""
    parameters = parameters[0] if len(parameters) == 1 else parameters
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    seen = []
    for p in flat:
        key = (p, type(p))
        if key not in seen:
            seen.append(key)
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[int, P]: a ParamSpec with parameters in front."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _GenericAlias(self, parameters)


class ForwardRef(_Final, _root=True):
    """A type written as a string, evaluated later (by get_type_hints)."""

    __slots__ = ("__forward_arg__", "__forward_evaluated__", "__forward_value__", "__forward_is_argument__",
                 "__forward_is_class__", "__forward_module__")

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        if self.__forward_module__ is not None:
            module = _sys.modules.get(self.__forward_module__)
            globalns = module if module is not None else globalns
        value = _AnnotationEvaluator(self.__forward_arg__, globalns, localns).evaluate()
        type_ = _type_check(value, "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        return _eval_type(type_, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = "" if self.__forward_module__ is None else f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module})"


class _AnnotationEvaluator:
    """Evaluates the expression of a string annotation ('Optional[Node]', 'list[int] | None') by looking its
    names up in the given namespaces (Krait has no eval() yet; only the expressions annotations use are read)."""

    def __init__(self, text, globalns, localns):
        self.text = text
        self.namespaces = [ns for ns in (localns, globalns) if ns is not None]
        self.tokens = self._tokenize(text)
        self.position = 0

    def _tokenize(self, text):
        tokens = []
        i = 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isidentifier():
                j = i
                while j < len(text) and (text[j].isidentifier() or text[j].isdigit()):
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            elif c.isdigit() or (c == "-" and i + 1 < len(text) and text[i + 1].isdigit()):
                j = i + 1
                while j < len(text) and (text[j].isdigit() or text[j] in "._xXabcdefABCDEFoObB"):
                    j += 1
                literal = text[i:j]
                tokens.append(("value", float(literal) if "." in literal else int(literal, 0)))
                i = j
            elif c in "'\"":
                j = text.find(c, i + 1)
                if j < 0:
                    raise SyntaxError(f"Forward reference must be an expression -- got {text!r}")
                tokens.append(("value", text[i + 1:j]))
                i = j + 1
            elif text.startswith("...", i):
                tokens.append(("value", ...))
                i += 3
            elif c in "[](),.|":
                tokens.append(("op", c))
                i += 1
            else:
                raise SyntaxError(f"Forward reference must be an expression -- got {text!r}")
        return tokens

    def _peek(self):
        return self.tokens[self.position] if self.position < len(self.tokens) else (None, None)

    def _take(self, kind=None, value=None):
        token = self._peek()
        if token[0] is None or (kind is not None and token[0] != kind) or (value is not None and token[1] != value):
            raise SyntaxError(f"Forward reference must be an expression -- got {self.text!r}")
        self.position += 1
        return token

    def evaluate(self):
        result = self._union()
        if self.position != len(self.tokens):
            raise NotImplementedError(f"Krait cannot evaluate the annotation {self.text!r} yet (no eval())")
        return result

    def _union(self):
        result = self._primary()
        while self._peek() == ("op", "|"):
            self._take()
            result = result | self._primary()
        return result

    def _lookup(self, name):
        for namespace in self.namespaces:
            if type(namespace).__name__ == "module":
                if hasattr(namespace, name):
                    return getattr(namespace, name)
            elif name in namespace:
                return namespace[name]
        import builtins
        if hasattr(builtins, name):
            return getattr(builtins, name)
        raise NameError(f"name '{name}' is not defined")

    def _primary(self):
        kind, value = self._take()
        if kind == "value":
            result = value
        elif kind == "name":
            result = {"None": None, "True": True, "False": False}.get(value, _missing) \
                if value in ("None", "True", "False") else self._lookup(value)
        elif (kind, value) == ("op", "["):
            items = []
            while self._peek() != ("op", "]"):
                items.append(self._union())
                if self._peek() == ("op", ","):
                    self._take()
            self._take("op", "]")
            result = items
        elif (kind, value) == ("op", "("):
            items = []
            trailing_comma = False
            while self._peek() != ("op", ")"):
                items.append(self._union())
                trailing_comma = False
                if self._peek() == ("op", ","):
                    self._take()
                    trailing_comma = True
            self._take("op", ")")
            result = items[0] if len(items) == 1 and not trailing_comma else tuple(items)
        else:
            raise SyntaxError(f"Forward reference must be an expression -- got {self.text!r}")
        while True:
            token = self._peek()
            if token == ("op", "."):
                self._take()
                result = getattr(result, self._take("name")[1])
            elif token == ("op", "["):
                self._take()
                items = []
                trailing_comma = False
                while self._peek() != ("op", "]"):
                    items.append(self._union())
                    trailing_comma = False
                    if self._peek() == ("op", ","):
                        self._take()
                        trailing_comma = True
                self._take("op", "]")
                result = result[items[0] if len(items) == 1 and not trailing_comma else tuple(items)]
            else:
                return result


_missing = object()


def _eval_type(t, globalns, localns):
    """Evaluates the forward references in t, inside generic aliases and unions too."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, (_GenericAlias, _BuiltinGenericAlias, _UnionType)):
        ev_args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, _BuiltinGenericAlias):
            return _BuiltinGenericAlias(t.__origin__, ev_args)
        if isinstance(t, _UnionType):
            return _functools.reduce(_operator.or_, ev_args)
        return t.copy_with(ev_args)
    return t


class _BaseGenericAlias(_Final, _root=True):
    """What subscripting a typing generic gives: calls make an instance of the origin."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {"__origin__", "__args__"}:
            raise AttributeError(attr)
        if "__origin__" in self.__dict__ and not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if (attr.startswith("__") and attr.endswith("__")) or attr in {"_name", "_inst", "_nparams"}:
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], Box[T], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, "__module__", "typing")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(p) for p in args)
        variadic = _variadic_parameter(self.__parameters__)
        _check_generic(self, args, len(self.__parameters__), variadic is not None)
        if variadic is not None:
            # the TypeVarTuple takes what the other parameters leave, as a tuple
            after = len(self.__parameters__) - variadic - 1
            packed = args[variadic:len(args) - after]
            args = (*args[:variadic], packed, *args[len(args) - after:])
        substitutions = dict(zip(self.__parameters__, args))
        new_args = []
        for a in self.__args__:
            if _is_unpacked_typevartuple(a) and a.__args__[0] in substitutions:
                new_args.extend(substitutions[a.__args__[0]])
            else:
                new_args.append(_substitute(a, substitutions))
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __reduce__(self):
        """Pickled as the subscription that makes it: operator.getitem(List, int)."""
        import operator
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args = args[0]
        return operator.getitem, (origin, args)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f"{name}[{args}]"

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An unsubscripted alias of a builtin or collections.abc type: List, Dict, Iterable..."""

    def __reduce__(self):
        return self._name

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self.__module__ = "typing"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return super().__repr__()
        if len(self.__args__) == 2 and (isinstance(self.__args__[0], ParamSpec) or (
                isinstance(self.__args__[0], _GenericAlias) and self.__args__[0].__origin__ is Concatenate)):
            return super().__repr__()
        args = ", ".join(_type_repr(a) for a in self.__args__[:-1])
        return f"typing.Callable[[{args}], {_type_repr(self.__args__[-1])}]"


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(args)
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return self.copy_with((..., result))
        if isinstance(args, ParamSpec) or (isinstance(args, _GenericAlias) and args.__origin__ is Concatenate):
            return self.copy_with((args, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(arg) for arg in args)
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, ...))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __reduce__(self):
        getitem, (origin, args) = super().__reduce__()
        return getitem, (Union, args)

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((v, type(v)) for v in self.__args__) == set((v, type(v)) for v in other.__args__)

    def __hash__(self):
        return hash(frozenset((v, type(v)) for v in self.__args__))


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: T with metadata; behaves as T at run time."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name="Annotated")
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {', '.join(repr(a) for a in self.__metadata__)}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {"__name__", "__qualname__"}:
            return "Annotated"
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, metadata...]: the type T, with metadata for tools that look for it."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return cls._class_getitem_inner(cls, *params)

    @staticmethod
    def _class_getitem_inner(cls, *params):
        if len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


class TypeVar(_Final, _NotIterable, _root=True):
    """A type variable: T = TypeVar('T'), with constraints or a bound, covariant or contravariant."""

    def __typing_subst__(self, arg):
        # what a generic alias's [..] puts in this variable's place
        return _type_check(arg, "Parameters to generic types must be types.")

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.")
                                     for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ""
        elif self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")

    def __reduce__(self):
        return self.__name__


class ParamSpecArgs(_Final, _root=True):
    """P.args of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        if isinstance(self.__origin__, ParamSpec):
            return f"{self.__origin__.__name__}.args"
        return f"{self.__origin__!r}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Final, _root=True):
    """P.kwargs of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        if isinstance(self.__origin__, ParamSpec):
            return f"{self.__origin__.__name__}.kwargs"
        return f"{self.__origin__!r}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_Final, _NotIterable, _root=True):
    """A parameter specification variable: the parameters of a callable, P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ""
        elif self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpec")


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), or [*Ts] in a PEP 695 parameter list."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVarTuple")

    def __reduce__(self):
        return self.__name__


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """Unpack[Ts] (what *Ts gives) and Unpack[Tuple[int, ...]] (PEP 646)."""

    def __repr__(self):
        return "typing.Unpack[" + _type_repr(self.__args__[0]) + "]"

    def __getitem__(self, args):
        if _is_unpacked_typevartuple(self):
            return args
        return super().__getitem__(args)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator: Unpack[Ts] is *Ts for a TypeVarTuple Ts."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _UnpackGenericAlias(origin=self, args=(item,))


class TypeAliasType:
    """What `type Name[params] = value` makes: its value is evaluated on first use (__value__)."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError("TypeAliasType.__init__() argument 'name' must be str, not " + type(name).__name__)
        self.__name__ = name
        self._value = value
        self._evaluate = None
        self.__type_params__ = tuple(type_params)
        self.__parameters__ = tuple(type_params)
        self.__module__ = _caller_module()

    @property
    def __value__(self):
        if self._evaluate is not None:
            self._value = self._evaluate()
            self._evaluate = None
        return self._value

    def __repr__(self):
        return self.__name__

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return _GenericAlias(self, parameters)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")


def _make_type_param(kind, name, bound, constraints):
    """A PEP 695 type parameter: kind 0 is [T] (bound and constraints given as functions), 1 [*Ts], 2 [**P]."""
    if kind == 1:
        return TypeVarTuple(name)
    if kind == 2:
        return ParamSpec(name, infer_variance=True)
    if constraints is not None:
        return TypeVar(name, *constraints(), infer_variance=True)
    return TypeVar(name, bound=bound() if bound is not None else None, infer_variance=True)


def _make_type_alias(name, evaluate, type_params):
    """`type Name[type_params] = value`: the alias, evaluating the value lazily."""
    alias = TypeAliasType(name, None, type_params=type_params)
    alias._evaluate = evaluate
    return alias


def _generic_base(type_params):
    """The implicit base of `class C[T, *Ts]`: Generic[T, *Ts]."""
    return Generic[tuple(Unpack[p] if isinstance(p, TypeVarTuple) else p for p in type_params)]


def _with_type_params(obj, type_params):
    obj.__type_params__ = type_params
    return obj


class Generic:
    """The base of user generic classes: class Box(Generic[T]) makes Box[int] possible."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            parameters = cls.__dict__.get("__parameters__", ())
            if not parameters:
                raise TypeError(f"{cls} is not a generic class")
            _check_generic(cls, params, len(parameters), _variadic_parameter(parameters) is not None)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if "__orig_bases__" in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != "Protocol" and type(cls) != _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if "__orig_bases__" in cls.__dict__:
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    the_base = base.__origin__.__name__
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ", ".join(str(t) for t in tvars if t not in gvarset)
                    s_args = ", ".join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in {the_base}[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


_TYPING_INTERNALS = frozenset({"__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
                               "_is_runtime_protocol", "__protocol_attrs__", "__non_callable_proto_members__",
                               "__type_params__"})
_SPECIAL_NAMES = frozenset({"__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
                            "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
                            "__class_getitem__", "__match_args__", "__qualname__", "__firstlineno__",
                            "__static_attributes__"})
_EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS | _SPECIAL_NAMES | {"_MutableMapping__marker"}


def _get_protocol_attrs(cls):
    """The members a protocol class requires: the names its protocol bases define or annotate."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {"Protocol", "Generic"}:
            continue
        annotations = getattr(base, "__annotations__", {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith("_abc_") and attr not in _EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(_ABCMeta):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == "Protocol" and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if not (base in {object, Generic} or base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, [])
                        or (issubclass(base, Generic) and getattr(base, "_is_protocol", False))):
                    raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, "_is_protocol", False):
            cls.__protocol_attrs__ = _get_protocol_attrs(cls)

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, "_is_protocol", False):
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if cls.__non_callable_proto_members__ and cls.__dict__.get("__subclasshook__") is _proto_hook:
                raise TypeError("Protocols with non-method members don't support issubclass()")
        return super().__subclasscheck__(other)

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_protocol", False):
            return super().__instancecheck__(instance)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        # The nominal and registered checks, without this metaclass's refusals for non-method members.
        if _ABCMeta.__subclasscheck__(cls, type(instance)):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                break
            if val is None and attr not in cls.__non_callable_proto_members__:
                break
        else:
            return True
        return False


_PROTO_ALLOWLIST = {
    "collections.abc": ["Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable", "AsyncIterator",
                        "Hashable", "Sized", "Container", "Collection", "Reversible", "Buffer"],
    "contextlib": ["AbstractContextManager", "AbstractAsyncContextManager"],
}


@classmethod
def _proto_hook(cls, other):
    if not cls.__dict__.get("_is_protocol", False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, "__annotations__", {})
            if (isinstance(annotations, _abc.Mapping) and attr in annotations and issubclass(other, Generic)
                    and getattr(other, "_is_protocol", False)):
                break
        else:
            return NotImplemented
    return True


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")
    # A concrete class under a protocol: use the first __init__ of the MRO that is not a protocol's.
    for base in cls.__mro__:
        init = base.__dict__.get("__init__", _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: a class with the members of a runtime_checkable protocol is an instance."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() check a protocol class structurally."""
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    non_callable = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception:
            is_callable = False
        if not is_callable:
            non_callable.add(attr)
    cls.__non_callable_proto_members__ = non_callable
    return cls


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own_annotations = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg, module=tp_dict.__module__, allow_special_forms=True)
                           for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own_annotations)
        for key, annotation in own_annotations.items():
            origin = annotation.__origin__ if isinstance(annotation, _GenericAlias) else None
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if "__total__" not in tp_dict.__dict__:
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of keys of given types; its instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields)}
    module = _caller_module()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


_NAMEDTUPLE_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                                    "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_NAMEDTUPLE_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        for key in ns:
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NAMEDTUPLE_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple with types: class Point(NamedTuple): x: int; y: int = 0, or NamedTuple('Point', [...])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    nt = _make_nmtuple(typename, fields, module=_caller_module())
    nt.__orig_bases__ = (NamedTuple,)
    return nt


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class NewType:
    """A distinct name for a type for the checker; at run time calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")
        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    """Tells the type checker val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Asks the type checker to confirm val has type typ; returns val."""
    return val


def assert_never(arg, /):
    """Marks code the type checker should find unreachable; raises if reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Prints the run-time type of obj to stderr and returns obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError("You should not call an overloaded function. A series of @typing.overload-decorated "
                              "functions outside a stub module should always be followed by an implementation "
                              "that is not @typing.overload-decorated.")


def overload(func):
    """Declares one signature of an overloaded function; get_overloads() returns them."""
    f = getattr(func, "__func__", func)
    key = (getattr(f, "__module__", None), getattr(f, "__qualname__", None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The @overload definitions of func, in order."""
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get((getattr(f, "__module__", None), getattr(f, "__qualname__", None)), []))


def clear_overloads():
    """Forgets every @overload definition."""
    _overload_registry.clear()


def final(f):
    """Marks a method or class final; sets __final__ where it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Marks a method as overriding one of a base class; sets __override__ where it can."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Tells the checker not to check a function or class; sets __no_type_check__."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if not hasattr(obj, "__qualname__") or obj.__qualname__ != f"{arg.__qualname__}.{obj.__name__}" \
                    or getattr(obj, "__module__", None) != arg.__module__:
                continue
            if type(obj).__name__ == "function":
                obj.__no_type_check__ = True
            if isinstance(obj, (classmethod, staticmethod)):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Makes decorator's results no_type_check."""
    @_functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator, class or metaclass as making dataclass-like classes; records the options."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "frozen_default": frozen_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def _strip_annotations(t):
    """Removes Annotated, Required and NotRequired wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return t.copy_with(stripped)
    if isinstance(t, _BuiltinGenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return _BuiltinGenericAlias(t.__origin__, stripped)
    if isinstance(t, _UnionType):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return _functools.reduce(_operator.or_, stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class (with its bases'), method or function, with strings evaluated and
    None as NoneType."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = _sys.modules.get(base.__module__)
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if type(obj).__name__ == "module":
            globalns = obj
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if callable(obj) or type(obj).__name__ == "module":
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=type(obj).__name__ != "module", is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list, get_origin(Optional[int]) is Union."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _BuiltinGenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments: get_args(Dict[str, int]) is (str, int); Callable's are ([args], result)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias)):
        res = tp.__args__
        if getattr(tp, "__origin__", None) is _abc.Callable and not (len(res) == 2 and (
                res[0] is ... or isinstance(res[0], ParamSpec) or
                (isinstance(res[0], _GenericAlias) and res[0].__origin__ is Concatenate))):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


# The aliases of builtin and collections.abc types.
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Deque = _SpecialGenericAlias(_collections.deque, 1, name="Deque")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
ContextManager = _SpecialGenericAlias(_contextlib.AbstractContextManager, 1, name="ContextManager")
if hasattr(_contextlib, "AbstractAsyncContextManager"):
    AsyncContextManager = _SpecialGenericAlias(_contextlib.AbstractAsyncContextManager, 1,
                                               name="AsyncContextManager")
else:
    __all__.remove("AsyncContextManager")
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(_collections.Counter, 1)
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name="Type")

Text = str
AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


@runtime_checkable
class SupportsInt(Protocol):
    """An object with __int__."""

    __slots__ = ()

    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An object with __float__."""

    __slots__ = ()

    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An object with __complex__."""

    __slots__ = ()

    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An object with __bytes__."""

    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An object with __index__."""

    __slots__ = ()

    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An object with __abs__."""

    __slots__ = ()

    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An object with __round__."""

    __slots__ = ()

    def __round__(self, ndigits: int = 0) -> T_co:
        pass


from abc import abstractmethod as _abstractmethod


class IO(Generic[AnyStr]):
    """The generic type of what open() returns (the methods of a file object, each abstract), with its text and
    binary kinds TextIO and BinaryIO."""

    __slots__ = ()

    @property
    @_abstractmethod
    def mode(self) -> str:
        pass

    @property
    @_abstractmethod
    def name(self) -> str:
        pass

    @_abstractmethod
    def close(self) -> None:
        pass

    @property
    @_abstractmethod
    def closed(self) -> bool:
        pass

    @_abstractmethod
    def fileno(self) -> int:
        pass

    @_abstractmethod
    def flush(self) -> None:
        pass

    @_abstractmethod
    def isatty(self) -> bool:
        pass

    @_abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @_abstractmethod
    def readable(self) -> bool:
        pass

    @_abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @_abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    @_abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @_abstractmethod
    def seekable(self) -> bool:
        pass

    @_abstractmethod
    def tell(self) -> int:
        pass

    @_abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @_abstractmethod
    def writable(self) -> bool:
        pass

    @_abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @_abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    @_abstractmethod
    def __enter__(self) -> "IO[AnyStr]":
        pass

    @_abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """The type of a file open() opens in binary mode."""

    __slots__ = ()

    @_abstractmethod
    def write(self, s: Union[bytes, bytearray]) -> int:
        pass

    @_abstractmethod
    def __enter__(self) -> "BinaryIO":
        pass


class TextIO(IO[str]):
    """The type of a file open() opens in text mode."""

    __slots__ = ()

    @property
    @_abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @_abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @_abstractmethod
    def errors(self) -> Optional[str]:
        pass

    @property
    @_abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @_abstractmethod
    def newlines(self) -> Any:
        pass

    @_abstractmethod
    def __enter__(self) -> "TextIO":
        pass


del T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co
