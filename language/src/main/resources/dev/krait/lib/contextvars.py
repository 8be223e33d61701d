"""contextvars: variables with a value per context (written for Krait).

Each thread has a current Context (a new thread starts with an empty one). ContextVar.set changes the value in the
current context; Context.run(f) runs f with another context current; copy_context() snapshots the current one.
"""

from _thread import get_ident as _get_ident

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_current_by_thread = {}
_MISSING = object()


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return "<Token.MISSING>"


def _wrong_self(name, owner, obj):
    """The TypeError of a method of Context, ContextVar or Token called through the class on another object, worded
    as CPython words it for its C methods (special methods one way, the others another)."""
    if name.startswith("__"):
        return TypeError(f"descriptor '{name}' requires a '_contextvars.{owner}' object but received a "
                         f"'{type(obj).__name__}'")
    return TypeError(f"descriptor '{name}' for '_contextvars.{owner}' objects doesn't apply to a "
                     f"'{type(obj).__name__}' object")


def _current():
    ident = _get_ident()
    context = _current_by_thread.get(ident)
    if context is None:
        context = _current_by_thread[ident] = Context()
    return context


def copy_context():
    """A copy of the current context."""
    return _current().copy()


class Context:
    """A mapping of context variables to their values."""

    __slots__ = ("_values", "_entered", "__weakref__")

    def __init__(self):
        self._values = {}
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) with this context current; the changes it makes stay in this context."""
        if type(self) is not Context:
            raise _wrong_self("run", "Context", self)
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        ident = _get_ident()
        previous = _current_by_thread.get(ident)
        self._entered = True
        _current_by_thread[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            if previous is None:
                del _current_by_thread[ident]
            else:
                _current_by_thread[ident] = previous

    def copy(self):
        if type(self) is not Context:
            raise _wrong_self("copy", "Context", self)
        copied = Context()
        copied._values = dict(self._values)
        return copied

    def __getitem__(self, var):
        if type(self) is not Context:
            raise _wrong_self("__getitem__", "Context", self)
        _check_var(var)
        return self._values[var]

    def get(self, var, default=None):
        if type(self) is not Context:
            raise _wrong_self("get", "Context", self)
        _check_var(var)
        return self._values.get(var, default)

    def __contains__(self, var):
        if type(self) is not Context:
            raise _wrong_self("__contains__", "Context", self)
        _check_var(var)
        return var in self._values

    def __iter__(self):
        if type(self) is not Context:
            raise _wrong_self("__iter__", "Context", self)
        return iter(self._values)

    def __len__(self):
        if type(self) is not Context:
            raise _wrong_self("__len__", "Context", self)
        return len(self._values)

    def keys(self):
        if type(self) is not Context:
            raise _wrong_self("keys", "Context", self)
        return self._values.keys()

    def values(self):
        if type(self) is not Context:
            raise _wrong_self("values", "Context", self)
        return self._values.values()

    def items(self):
        if type(self) is not Context:
            raise _wrong_self("items", "Context", self)
        return self._values.items()

    def __eq__(self, other):
        if type(self) is not Context:
            raise _wrong_self("__eq__", "Context", self)
        if not isinstance(other, Context):
            return NotImplemented
        return self._values == other._values

    __hash__ = None


def _check_var(var):
    if not isinstance(var, ContextVar):
        raise TypeError(f"a ContextVar key was expected, got {var!r}")


class ContextVar:
    """A variable whose value depends on the current context."""

    __slots__ = ("_name", "_default", "__weakref__")

    def __new__(cls, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self = object.__new__(cls)
        self._name = name
        self._default = default
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context, else the default given here, else the variable's default."""
        if type(self) is not ContextVar:
            raise _wrong_self("get", "ContextVar", self)
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        values = _current()._values
        if self in values:
            return values[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; returns a Token that reset() takes to undo it."""
        if type(self) is not ContextVar:
            raise _wrong_self("set", "ContextVar", self)
        context = _current()
        old = context._values.get(self, Token.MISSING)
        context._values[self] = value
        return Token._made(context, self, old)

    def reset(self, token):
        """Restores the value the variable had before the set() that returned token."""
        if type(self) is not ContextVar:
            raise _wrong_self("reset", "ContextVar", self)
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        context = _current()
        if token._context is not context:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        if token._old_value is Token.MISSING:
            context._values.pop(self, None)
        else:
            context._values[self] = token._old_value

    def __repr__(self):
        if type(self) is not ContextVar:
            raise _wrong_self("__repr__", "ContextVar", self)
        default = ""
        if self._default is not _MISSING:
            default = f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    def __class_getitem__(cls, item):
        if not (isinstance(cls, type) and issubclass(cls, ContextVar)):
            raise TypeError("descriptor '__class_getitem__' requires a subtype of '_contextvars.ContextVar' but "
                            f"received '{cls.__name__}'")
        import types
        return types.GenericAlias(cls, item)


class Token:
    """What ContextVar.set returns: the variable and the value it had before."""

    __slots__ = ("_context", "_var", "_old_value", "_used")

    MISSING = _MissingType()

    def __new__(cls, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _made(cls, context, var, old_value):
        """A token of ContextVar.set (the only way to make one)."""
        self = object.__new__(cls)
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        if type(self) is not Token:
            raise _wrong_self("__repr__", "Token", self)
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Context.__module__ = ContextVar.__module__ = Token.__module__ = "_contextvars"
