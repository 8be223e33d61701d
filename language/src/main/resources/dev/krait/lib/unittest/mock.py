"""unittest.mock: mock objects that record how they are used, and patch() to put them in place for a test.

Written for Krait from the documented behaviour of CPython 3.12's unittest.mock (same reprs and messages).
"""

import sys
import builtins
from types import ModuleType

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec', 'AsyncMock',
           'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal')

FILTER_DIR = True


# ---------------------------------------------------------------------------------------------------- sentinels

class _SentinelObject:
    """A unique named object; sentinel.NAME always gives the same one."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        found = self._sentinels.get(name)
        if found is None:
            found = self._sentinels[name] = _SentinelObject(name)
        return found

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _AnyType:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _AnyType()


# ---------------------------------------------------------------------------------------------------- helpers

def _is_exception(value):
    return isinstance(value, BaseException) or (isinstance(value, type) and issubclass(value, BaseException))


def _is_instance_mock(value):
    return issubclass(type(value), NonCallableMock)


def _callable(value):
    if isinstance(value, type):
        return True
    if isinstance(value, (staticmethod, classmethod)):
        return _callable(value.__func__)
    return getattr(value, '__call__', None) is not None


def _is_list(value):
    return type(value) in (list, tuple)


def _is_async_func(value):
    flags = getattr(getattr(value, '__code__', None), 'co_flags', None)
    return isinstance(flags, int) and bool(flags & 0x80)


def _is_async_obj(value):
    if _is_instance_mock(value) and not isinstance(value, AsyncMock):
        return False
    if hasattr(value, '__func__'):
        value = value.__func__
    return _is_async_func(value)


def _safe_repr(value):
    try:
        return repr(value)
    except Exception:
        return object.__repr__(value)


def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _signature_of(spec, as_instance=False, eat_self=False):
    """The inspect.Signature calls to a mock specced on spec are checked against, or None."""
    import inspect
    if isinstance(spec, type):
        if as_instance:
            if '__call__' not in dir(spec):
                return None
            spec = spec.__call__
            eat_self = True
        else:
            spec = spec.__init__
            eat_self = True
    elif not callable(spec):
        return None
    try:
        sig = inspect.signature(spec)
    except (ValueError, TypeError):
        return None
    if eat_self:
        params = list(sig.parameters.values())
        if params and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return sig


# ---------------------------------------------------------------------------------------------------- call

class _Call(tuple):
    """A recorded (or expected) call: `call(1, a=2)`, `call.method(3)`, `call().attr()`.

    Two-element form (args, kwargs) for call_args, three-element form (name, args, kwargs) for mock_calls."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        size = len(value)
        if size == 3:
            name, args, kwargs = value
        elif size == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif size == 1:
            only, = value
            if isinstance(only, str):
                name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return '', args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            other_size = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, '_mock_parent', None) is not None and getattr(other, '_mock_parent', None) is not None
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if other_size == 0:
            other_args, other_kwargs = (), {}
        elif other_size == 3:
            other_name, other_args, other_kwargs = other
        elif other_size == 1:
            only, = other
            if isinstance(only, tuple):
                other_args, other_kwargs = only, {}
            elif isinstance(only, str):
                other_name, other_args, other_kwargs = only, (), {}
            else:
                other_args, other_kwargs = (), only
        elif other_size == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def count(self, /, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        name, args, kwargs = self._parts()
        if len(self) == 2 or not name:
            name = 'call'
        elif name.startswith('()'):
            name = 'call' + name
        else:
            name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The list of calls this chained call is made of: call(1).method(2).call_list()."""
        chain = []
        current = self
        while current is not None:
            if current._mock_from_kall:
                chain.append(current)
            current = current._mock_parent
        return _CallList(reversed(chain))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `[call(1), call(2)] in calls` looks for a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        size = len(value)
        for start in range(len(self) - size + 1):
            if self[start:start + size] == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


# ---------------------------------------------------------------------------------------------------- magic methods

_magic_names = (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit '
    'divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil bool next fspath aiter')
_numeric_names = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'
_numeric_magics = {'__%s__' % n for n in _numeric_names.split()} | \
    {'__r%s__' % n for n in _numeric_names.split()} | {'__i%s__' % n for n in _numeric_names.split()}
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__', '__reduce_ex__',
    '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__', '__getformat__', '__repr__', '__dir__',
    '__subclasses__', '__format__', '__getnewargs_ex__', '__fspath__',
}
_sync_async_magics = {'__aiter__'}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_magics = {'__%s__' % n for n in _magic_names.split()} | _numeric_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_method_magics
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__', '__instancecheck__',
                       '__subclasscheck__', '__del__'}

_fixed_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False, '__complex__': 1j, '__float__': 1.0,
    '__bool__': True, '__index__': 1, '__aexit__': False,
}


def _is_magic(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__') and name[2:-2].isidentifier() \
        and not name[2:-2].startswith('_')


def _computed_return_value(mock, name):
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock)
    if name == '__fspath__':
        return '%s/%s/%d' % (type(mock).__name__, mock._extract_mock_name(), id(mock))
    return DEFAULT


def _default_side_effect(mock, name):
    """The side effect giving a configured __eq__, __ne__, __iter__ or __aiter__ its default behaviour."""
    if name == '__eq__':
        def equal(other):
            configured = mock.__eq__._mock_return_value
            if configured is not DEFAULT:
                return configured
            return True if mock is other else NotImplemented
        return equal
    if name == '__ne__':
        def not_equal(other):
            if mock.__ne__._mock_return_value is not DEFAULT:
                return DEFAULT
            return False if mock is other else NotImplemented
        return not_equal
    if name == '__iter__':
        def iterate():
            configured = mock.__iter__._mock_return_value
            if configured is DEFAULT:
                return iter([])
            return iter(configured)
        return iterate
    if name == '__aiter__':
        def aiterate():
            configured = mock.__aiter__._mock_return_value
            if configured is DEFAULT:
                return _AsyncIterator(iter([]))
            return _AsyncIterator(iter(configured))
        return aiterate
    return None


def _configure_magic_default(mock, method, name):
    fixed = _fixed_return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    computed = _computed_return_value(mock, name)
    if computed is not DEFAULT:
        method.return_value = computed
        return
    effect = _default_side_effect(mock, name)
    if effect is not None:
        method.side_effect = effect


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class _MagicProxy:
    """Stands on a MagicMock's own class for a magic method until first used, then becomes a child mock."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        child = parent._get_child_mock(name=self.name, _new_name=self.name, _new_parent=parent)
        setattr(parent, self.name, child)
        _configure_magic_default(parent, child, self.name)
        return child

    def __get__(self, obj, objtype=None):
        return self.create_mock()


def _method_calling(function):
    def method(self, /, *args, **kwargs):
        return function(self, *args, **kwargs)
    return method


# ---------------------------------------------------------------------------------------------------- NonCallableMock

_mock_internal = {'return_value', 'side_effect', '_mock_return_value', '_mock_side_effect', '_mock_parent',
                  '_mock_new_parent', '_mock_name', '_mock_new_name'}


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt value as parent's child if it is a mock that has no name or parent yet; True if adopted."""
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


def _delegating(name):
    """A property kept in '_mock_NAME', or on the autospec function this mock stands behind."""
    private = '_mock_' + name

    def getter(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self.__dict__[private]
        return getattr(delegate, name)

    def setter(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            object.__setattr__(self, private, value)
        else:
            setattr(delegate, name, value)

    return property(getter, setter)


class _SpecState:
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


class NonCallableMock:
    """A mock that records attribute access; calling it is a TypeError (see Mock for the callable one)."""

    def __new__(cls, /, *args, **kw):
        # each mock gets a class of its own, so that magic methods can be configured per mock
        own_class = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                 _new_name='', _new_parent=None, _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        setup = object.__setattr__
        setup(self, '_mock_parent', parent)
        setup(self, '_mock_name', name)
        setup(self, '_mock_new_name', _new_name)
        setup(self, '_mock_new_parent', _new_parent)
        setup(self, '_mock_sealed', False)
        setup(self, '_mock_delegate', None)
        if '_mock_return_value' not in self.__dict__:
            setup(self, '_mock_return_value', DEFAULT)
        setup(self, '_mock_side_effect', None)
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        setup(self, '_mock_children', {})
        setup(self, '_mock_wraps', wraps)
        setup(self, '_mock_called', False)
        setup(self, '_mock_call_args', None)
        setup(self, '_mock_call_count', 0)
        setup(self, '_mock_call_args_list', _CallList())
        setup(self, '_mock_mock_calls', _CallList())
        setup(self, 'method_calls', _CallList())
        setup(self, '_mock_unsafe', unsafe)
        setup(self, '_mock_check_sig', False)
        setup(self, '_mock_autospec', None)
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__()

    # the call record (kept by the function create_autospec made, when there is one)
    called = _delegating('called')
    call_count = _delegating('call_count')
    call_args = _delegating('call_args')
    call_args_list = _delegating('call_args_list')
    mock_calls = _delegating('mock_calls')

    def attach_mock(self, mock, attribute):
        """Make mock the attribute `attribute` of this mock, recording its calls here too."""
        inner = mock
        object.__setattr__(inner, '_mock_parent', None)
        object.__setattr__(inner, '_mock_new_parent', None)
        object.__setattr__(inner, '_mock_name', '')
        object.__setattr__(inner, '_mock_new_name', None)
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the attributes of this mock to those of spec (only those one can set, with spec_set)."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        spec_class = None
        spec_signature = None
        spec_asyncs = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            spec_signature = _signature_of(spec, _spec_as_instance, _eat_self)
            names = dir(spec)
            for attr in names:
                try:
                    value = getattr(spec, attr, None)
                except Exception:
                    continue
                if _is_async_func(value):
                    spec_asyncs.append(attr)
            spec = names
        setup = object.__setattr__
        setup(self, '_spec_class', spec_class)
        setup(self, '_spec_set', spec_set)
        setup(self, '_spec_signature', spec_signature)
        setup(self, '_mock_methods', spec)
        setup(self, '_spec_asyncs', spec_asyncs)

    def _get_class(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    __class__ = property(_get_class, lambda self, value: object.__setattr__(self, '__class__', value))

    def _get_return_value(self):
        value = self._mock_return_value
        if self._mock_delegate is not None:
            value = self._mock_delegate.return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            object.__setattr__(self, '_mock_return_value', value)
            _check_and_set_parent(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        if self._mock_delegate is not None:
            return self._mock_delegate.side_effect
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not _callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        if self._mock_delegate is not None:
            self._mock_delegate.side_effect = value
        else:
            object.__setattr__(self, '_mock_side_effect', value)

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget all calls (and, if asked, the configured return value and side effect), here and in children."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        object.__setattr__(self, 'method_calls', _CallList())
        if return_value:
            object.__setattr__(self, '_mock_return_value', DEFAULT)
        if side_effect:
            object.__setattr__(self, '_mock_side_effect', None)
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        value = self._mock_return_value
        if _is_instance_mock(value) and value is not self:
            value.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes from keyword arguments; dotted names ('method.return_value') reach into children."""
        for arg, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            path = arg.split('.')
            final = path.pop()
            target = self
            for entry in path:
                target = getattr(target, entry)
            setattr(target, final, value)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_check_sig', '_mock_children', '_mock_sealed',
                    '_mock_return_value', '_mock_side_effect', '_spec_class', '_mock_autospec'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')) or name in _denied_attributes:
                raise AttributeError('%r is not a valid assertion. Use a spec for the mock if %r is meant to be '
                                     'an attribute.' % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            autospec = self._mock_autospec
            if autospec is not None and hasattr(autospec[0], name):
                spec_object, spec_set, instance = autospec
                original = getattr(spec_object, name)
                result = create_autospec(original, spec_set=spec_set, _parent=self, _name=name,
                                         _eat_self=isinstance(spec_object, type) or instance)
            else:
                result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                              _new_parent=self)
            children[name] = result
        return result

    def _extract_mock_name(self):
        parts = []
        node = self
        root = self
        while node is not None:
            root = node
            if node._mock_new_parent is not None:
                parts.append(node._mock_new_name)
            node = node._mock_new_parent
        text = root._mock_name or 'mock'
        for part in reversed(parts):
            text += part if part == '()' else '.' + part
        return text

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = list(self._mock_methods or [])
        from_type = [e for e in dir(type(self)) if not e.startswith('_')]
        from_dict = [e for e in self.__dict__ if not e.startswith('_') or _is_magic(e)]
        from_children = [n for n, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(extras + from_type + from_dict + from_children))

    def __setattr__(self, name, value):
        if name in _mock_internal or name.startswith('_mock_') or name.startswith('_spec_'):
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None and name not in self._mock_methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _method_calling(value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '__class__':
            object.__setattr__(self, '_spec_class', value)
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' % (self._extract_mock_name(), name))
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _configured_return_value(self):
        if self._mock_delegate is not None:
            return self._mock_delegate.return_value
        return self._mock_return_value

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual_args, actual_kwargs = self.call_args
        actual = self._format_mock_call_signature(actual_args, actual_kwargs)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _call_matcher(self, _call):
        """_call with its arguments bound to the spec's signature, if there is one (an exception if they don't fit)."""
        signature = self._spec_signature
        if isinstance(_call, tuple) and len(_call) > 2:
            name = _call[0]
            if name and self._spec_class is not None and not isinstance(self._spec_class, type(None)):
                child = self
                for part in name.split('.'):
                    if part == '()':
                        child = None
                        break
                    child = child._mock_children.get(part)
                    if not _is_instance_mock(child):
                        child = None
                        break
                signature = child._spec_signature if child is not None else None
        if signature is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = signature.bind(*args, **kwargs)
            return call(name, bound.args, bound.kwargs)
        except TypeError as error:
            return error.with_traceback(None)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %s.' % (prefix, _safe_repr(self.mock_calls))

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call was made with these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s' % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless calls appear in mock_calls (consecutively, or in any order with any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = 'Error processing expected calls.\nErrors: {}'.format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError('%s\nExpected: %s%s' % (
                    problem, _CallList(calls), self._calls_repr(prefix='  Actual').rstrip('.'))) from cause
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), remaining)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless the mock was ever called with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause is not None or not any(expected == c for c in actual):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, /, **kw):
        """A new mock for an attribute or return value of this one."""
        if self._mock_sealed:
            attribute = '.%s' % kw['name'] if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        new_name = kw.get('_new_name')
        if new_name in self._spec_asyncs:
            return AsyncMock(**kw)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if new_name in _all_sync_magics or (self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = own.__mro__[1]
        return klass(**kw)


_denied_attributes = {name.removeprefix('assert_') for name in dir(NonCallableMock)
                      if name.startswith('assert_')}


# ---------------------------------------------------------------------------------------------------- Mock

class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        object.__setattr__(self, '_mock_return_value', return_value)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        if self._mock_check_sig and self._spec_signature is not None:
            self._spec_signature.bind(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        recorded = _Call((args, kwargs), two=True)
        self.call_args = recorded
        self.call_args_list.append(recorded)
        self.mock_calls.append(_Call(('', args, kwargs)))
        # report the call to the ancestors: as a method call (attribute children only) and in their mock_calls
        method_name = self._mock_name
        record_method = self._mock_parent is not None
        call_name = self._mock_new_name
        is_call = call_name == '()'
        ancestor = self._mock_new_parent
        while ancestor is not None:
            if record_method:
                ancestor.method_calls.append(_Call((method_name, args, kwargs)))
                record_method = ancestor._mock_parent is not None
                if record_method:
                    method_name = ancestor._mock_name + '.' + method_name
            ancestor.mock_calls.append(_Call((call_name, args, kwargs)))
            if ancestor._mock_new_name:
                call_name = ancestor._mock_new_name + ('' if is_call else '.') + call_name
                is_call = ancestor._mock_new_name == '()'
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._configured_return_value() is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records calls, returns return_value (a new Mock by default) or runs side_effect."""


class MagicMixin:
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics | _async_method_magics
        if getattr(self, '_mock_methods', None) is not None:
            wanted = wanted.intersection(self._mock_methods)
            for name in _magics - wanted:
                if name in type(self).__dict__:
                    delattr(type(self), name)
        own = type(self)
        for name in wanted - set(own.__dict__):
            setattr(own, name, _MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable mock with its magic methods configured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured (len() is 0, iter() is empty, bool() is True, ...)."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock meant to be a property on a class: getting calls it with no arguments, setting with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


# ---------------------------------------------------------------------------------------------------- AsyncMock

class AsyncMockMixin:
    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        object.__setattr__(self, '_mock_await_count', 0)
        object.__setattr__(self, '_mock_await_args', None)
        object.__setattr__(self, '_mock_await_args_list', _CallList())

    await_count = property(lambda self: self._mock_await_count,
                           lambda self, v: object.__setattr__(self, '_mock_await_count', v))
    await_args = property(lambda self: self._mock_await_args,
                          lambda self, v: object.__setattr__(self, '_mock_await_args', v))
    await_args_list = property(lambda self: self._mock_await_args_list,
                               lambda self, v: object.__setattr__(self, '_mock_await_args_list', v))

    def _execute_mock_call(self, /, *args, **kwargs):
        return self._await_mock_call(args, kwargs)

    async def _await_mock_call(self, args, kwargs):
        recorded = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = recorded
        self.await_args_list.append(recorded)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _is_async_func(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._configured_return_value() is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if _is_async_func(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError('Expected %s to have been awaited.' % (self._mock_name or 'mock'))

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s times.'
                                 % (self._mock_name or 'mock', self.await_count))

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await was with these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('Expected await: %s\nNot awaited' % expected)
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s times.'
                                 % (self._mock_name or 'mock', self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless the mock was ever awaited with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause is not None or not any(expected == c for c in actual):
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless calls appear among the awaits (consecutively, or in any order with any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_awaits = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = 'Error processing expected awaits.\nErrors: {}'.format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError('%s\nExpected: %s\nActual: %s' % (problem, _CallList(calls),
                                                                       self.await_args_list)) from cause
            return
        remaining = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),)) from cause

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError('Expected %s to not have been awaited. Awaited %s times.'
                                 % (self._mock_name or 'mock', self.await_count))

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMagicMixin(MagicMixin):
    pass


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A MagicMock whose calls return awaitables; awaiting gives return_value (or runs side_effect)."""


# ---------------------------------------------------------------------------------------------------- autospec, seal

def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *, unsafe=False,
                    _eat_self=False, **kwargs):
    """A mock shaped like spec: same attributes, and calls checked against the real signatures."""
    is_type = isinstance(spec, type)
    if _is_list(spec):
        spec = type(spec)
    if _is_instance_mock(spec):
        raise InvalidSpecError('Cannot autospec a Mock object. [object=%r]' % (spec,))
    is_async = _is_async_func(spec)
    is_callable = callable(spec)
    if is_type and instance:
        is_callable = '__call__' in dir(spec)
    if is_async:
        klass = AsyncMock
    elif is_callable:
        klass = MagicMock
    else:
        klass = NonCallableMagicMock
    options = {'spec_set': spec} if spec_set else {'spec': spec}
    if _parent is not None:
        options['parent'] = _parent
        options['name'] = _name
        options['_new_parent'] = _parent
        options['_new_name'] = _name
    elif _name is not None:
        options['name'] = _name
    options['_spec_as_instance'] = bool(is_type and instance)
    options['_eat_self'] = _eat_self and not is_type
    options.update(kwargs)
    mock = klass(**options)
    mock._mock_check_sig = True
    if _parent is None and isinstance(spec, type(create_autospec)) and mock._spec_signature is not None:
        return _autospec_function(spec, mock, mock._spec_signature)
    if isinstance(spec, type(create_autospec)) or getattr(spec, '__code__', None) is not None:
        mock._mock_autospec = None
    else:
        mock._mock_autospec = (spec, spec_set, instance)
    if is_type and not instance:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()', _parent=None)
        mock.return_value._mock_new_parent = mock
        mock.return_value._mock_new_name = '()'
    return mock


def _autospec_function(spec, mock, signature):
    """A real function with spec's signature standing before mock (so that, on a class, it binds self)."""
    def autospecced(*args, **kwargs):
        signature.bind(*args, **kwargs)
        return mock(*args, **kwargs)

    for attribute in ('__name__', '__qualname__', '__doc__', '__module__', '__defaults__', '__kwdefaults__'):
        try:
            setattr(autospecced, attribute, getattr(spec, attribute))
        except (AttributeError, TypeError):
            pass
    autospecced.mock = mock
    autospecced.called = False
    autospecced.call_count = 0
    autospecced.call_args = None
    autospecced.call_args_list = _CallList()
    autospecced.method_calls = _CallList()
    autospecced.mock_calls = _CallList()
    autospecced.return_value = mock._mock_return_value
    autospecced.side_effect = mock._mock_side_effect
    object.__setattr__(mock, '_mock_delegate', autospecced)
    for name in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls', 'assert_any_call',
                 'assert_not_called', 'assert_called', 'assert_called_once'):
        setattr(autospecced, name, getattr(mock, name))

    def reset_mock(*args, **kwargs):
        autospecced.method_calls = _CallList()
        autospecced.mock_calls = _CallList()
        mock.reset_mock(*args, **kwargs)
        value = autospecced.return_value
        if _is_instance_mock(value) and value is not mock:
            value.reset_mock()

    autospecced.reset_mock = reset_mock
    return autospecced


class InvalidSpecError(Exception):
    """Raised when a Mock object is used as the spec of create_autospec."""


def seal(mock):
    """Stop mock (and its children) from growing new attributes: accessing one raises AttributeError."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            child = getattr(mock, attr)
        except AttributeError:
            continue
        if not _is_instance_mock(child):
            continue
        if isinstance(mock._mock_children.get(attr), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)


# ---------------------------------------------------------------------------------------------------- patch

def _dot_lookup(thing, part, import_path):
    try:
        return getattr(thing, part)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, part)


def _importer(target):
    parts = target.split('.')
    import_path = parts.pop(0)
    thing = __import__(import_path)
    for part in parts:
        import_path += '.' + part
        thing = _dot_lookup(thing, part, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return (lambda: _importer(target)), attribute


_builtin_names = {name for name in dir(builtins) if not name.startswith('_')}


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs, *,
                 unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe
        self.is_started = False

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                         self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if _is_async_func(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, '__call__'):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    def _enter_all(self, patchers, args, keywargs):
        entered = []
        try:
            for patching in patchers:
                arg = patching.__enter__()
                entered.append(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    args += (arg,)
        except BaseException:
            for patching in reversed(entered):
                patching.__exit__(*sys.exc_info())
            raise
        return entered, args

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func
        import functools

        @functools.wraps(func)
        def patched(*args, **keywargs):
            entered, args = self._enter_all(patched.patchings, tuple(args), keywargs)
            try:
                result = func(*args, **keywargs)
            except BaseException:
                info = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*info)
                raise
            for patching in reversed(entered):
                patching.__exit__(None, None, None)
            return result

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func
        import functools

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            entered, args = self._enter_all(patched.patchings, tuple(args), keywargs)
            try:
                result = await func(*args, **keywargs)
            except BaseException:
                info = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*info)
                raise
            for patching in reversed(entered):
                patching.__exit__(None, None, None)
            return result

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtin_names and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def __enter__(self):
        """Put the replacement in place and return it."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            if spec is None and _is_async_obj(original):
                klass = AsyncMock
            else:
                klass = MagicMock
            options = {}
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec_set if spec_set is not None else spec
                if _is_list(this_spec):
                    not_callable = '__call__' not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_func(this_spec):
                    klass = AsyncMock
                elif not_callable:
                    klass = NonCallableMagicMock
            if spec is not None:
                options['spec'] = spec
            if spec_set is not None:
                options['spec_set'] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
                options['name'] = self.attribute
            options.update(kwargs)
            new = klass(**options)
            if inherit and _is_instance_mock(new):
                this_spec = spec_set if spec_set is not None else spec
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    klass = NonCallableMagicMock
                options.pop('name', None)
                new.return_value = klass(_new_parent=new, _new_name='()', **options)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new)
        self.is_started = True
        if self.attribute_name is not None:
            extra = {}
            if self.new is DEFAULT:
                extra[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra.update(arg)
            return extra
        return new

    def __exit__(self, *exc_info):
        """Put the original back."""
        if not self.is_started:
            return None
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__', '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        self.is_started = False
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return None

    def start(self):
        """Activate the patch; stop() undoes it."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch activated with start()."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)


def _instance_callable(obj):
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    for base in (obj,) + obj.__mro__:
        if base.__dict__.get('__call__') is not None:
            return True
    return False


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, *, unsafe=False, **kwargs):
    """patch.object(target, attribute, ...): patch the named attribute of the object target."""
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                  unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    """patch.multiple(target, name=value, ...): several attributes at once (DEFAULT makes a mock)."""
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        extra = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        extra.attribute_name = attribute
        patcher.additional_patchers.append(extra)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, *,
          unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.Name') with new (a MagicMock by default) within a
    function (as a decorator, passing the mock as an extra argument), a class, or a with statement."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs, unsafe=unsafe)


class _patch_dict:
    """patch.dict(in_dict, values=(), clear=False, **kwargs): set keys of a dictionary for a while."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        import functools
        if _is_async_func(f):
            @functools.wraps(f)
            async def patched_async(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return patched_async

        @functools.wraps(f)
        def patched(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return patched

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, '__call__'):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop all patches started with start()."""
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---------------------------------------------------------------------------------------------------- mock_open

_file_spec = None


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock to replace open(): its handle's read(), readline(), readlines() and iteration serve read_data."""
    global _file_spec
    state = [_to_stream(read_data), None]

    def read_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readlines_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def iter_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def readline_effect(*args, **kwargs):
        yield from iter_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def next_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if _file_spec is None:
        import io
        _file_spec = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
    if mock is None:
        mock = MagicMock(name='open', spec=sorted(dir(open)))
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read_effect
    state[1] = readline_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines_effect
    handle.__iter__.side_effect = iter_effect
    handle.__next__.side_effect = next_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = readline_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
