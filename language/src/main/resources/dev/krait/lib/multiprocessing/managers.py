"""multiprocessing.managers: BaseManager, SyncManager and their proxies (written for Krait).

A manager's objects live in a server (multiprocessing._broker.Server) that runs in threads of the process that
started the manager (CPython starts a server process; the proxies behave the same). A proxy names its object by the
server's address and an id; calling a method sends the call there and returns a copy of the result. Proxies can be
pickled and handed to any process of the program."""

import array
import queue
import threading

from multiprocessing import process
from multiprocessing import _broker
from multiprocessing._broker import RemoteError
from multiprocessing.context import ProcessError

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'RemoteError', 'Namespace']


def _public_methods(obj):
    return [name for name in dir(obj) if name[0] != '_' and callable(getattr(obj, name))]


class Token:
    """What names a shared object: its type id, its server's address and its id there."""

    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        (self.typeid, self.address, self.id) = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%s)' % (self.__class__.__name__, self.typeid, self.address, self.id)


class _ManagerServer(_broker.Server):
    """A server that runs only the methods a type exposes, and copies views into lists."""

    def __init__(self, authkey, manager_class):
        self.exposed = {}
        registry = {typeid: spec[0] for typeid, spec in manager_class._registry.items()}
        super().__init__(authkey, registry)

    def _run(self, op, *args):
        if op == "call":
            ident, method, call_args, call_kwargs = args
            obj = self.objects[ident]
            exposed = self.exposed.get(ident)
            if exposed is not None and method not in exposed and method not in ('__repr__', '__str__'):
                raise AttributeError('method %r of %r object is not in exposed=%r' % (method, type(obj), exposed))
            result = getattr(obj, method)(*call_args, **call_kwargs)
            if type(result) in _VIEW_TYPES:
                result = list(result)
            return result
        if op == "value":
            return self.objects[args[0]]
        if op == "create_exposed":
            typeid, exposed, call_args, call_kwargs = args
            ident = super()._run("create", typeid, call_args, call_kwargs)
            if exposed is None:
                exposed = tuple(_public_methods(self.objects[ident]))
            self.exposed[ident] = tuple(exposed)
            return ident, tuple(exposed)
        return super()._run(op, *args)


_VIEW_TYPES = (type({}.keys()), type({}.values()), type({}.items()))


class BaseProxy:
    """A reference to an object of a manager's server; _callmethod runs one of its methods there."""

    def __init__(self, token, serializer=None, manager=None, authkey=None, exposed=None, incref=True,
                 manager_owned=False):
        self._token = token
        self._id = token.id
        self._manager = manager
        self._authkey = bytes(authkey if authkey is not None else process.current_process().authkey)
        if exposed is not None:
            self._exposed_ = tuple(exposed)

    def _callmethod(self, methodname, args=(), kwds={}):
        """Calls methodname(*args, **kwds) of the referent in the server and returns (a copy of) the result."""
        return _broker.request(self._token.address, self._authkey, "call", self._token.id, methodname,
                               tuple(args), dict(kwds))

    def _getvalue(self):
        """A copy of the referent."""
        return _broker.request(self._token.address, self._authkey, "value", self._token.id)

    def __reduce__(self):
        from multiprocessing import context
        kwds = {}
        if context.get_spawning_popen() is not None:
            kwds['authkey'] = self._authkey
        rebuild = AutoProxy if getattr(self, '_isauto', False) else type(self)
        return RebuildProxy, (rebuild, self._token, getattr(self, '_exposed_', None), kwds)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def RebuildProxy(proxytype, token, exposed, kwds):
    return proxytype(token, authkey=kwds.get('authkey'), exposed=exposed)


def MakeProxyType(name, exposed, _cache={}):
    """A proxy class whose methods call the exposed methods of the referent."""
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass
    dic = {}
    for meth in exposed:
        exec('''def %s(self, /, *args, **kwds):
        return self._callmethod(%r, args, kwds)''' % (meth, meth), dic)
    proxy_type = type(name, (BaseProxy,), dic)
    proxy_type._exposed_ = exposed
    _cache[(name, exposed)] = proxy_type
    return proxy_type


def AutoProxy(token, serializer=None, manager=None, authkey=None, exposed=None, incref=True, manager_owned=False):
    """A proxy for a referent of any type: it offers the referent's public methods."""
    proxy_type = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed or ())
    proxy_type._isauto = True
    return proxy_type(token, manager=manager, authkey=authkey, exposed=exposed)


class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)

    def send(self, *args):
        return self._callmethod('send', args)

    def throw(self, *args):
        return self._callmethod('throw', args)

    def close(self, *args):
        return self._callmethod('close', args)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__delattr__', (key,))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


BaseListProxy = MakeProxyType('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__', '__reversed__', '__rmul__',
    '__setitem__', 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort',
    '__imul__'))


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


DictProxy = MakeProxyType('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__', 'clear', 'copy', 'get',
    'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))


def _dict_iter(self):
    return iter(self._callmethod('keys'))


DictProxy.__iter__ = _dict_iter

ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))

BasePoolProxy = MakeProxyType('PoolProxy', (
    'apply', 'apply_async', 'close', 'imap', 'imap_unordered', 'join', 'map', 'map_async', 'starmap',
    'starmap_async', 'terminate'))


class PoolProxy(BasePoolProxy):
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class State:
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


class BaseManager:
    """Starts a server of shared objects; register() adds the types it makes."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        if authkey is None:
            authkey = process.current_process().authkey
        self._address = address
        self._authkey = process.AuthenticationString(authkey)
        self._state = State()
        self._state.value = State.INITIAL
        self._server = None
        self._ctx = ctx

    def get_server(self):
        raise NotImplementedError("Krait's managers serve from threads of the process that starts them")

    def connect(self):
        raise NotImplementedError("Krait's managers serve from threads of the process that starts them")

    def start(self, initializer=None, initargs=()):
        """Starts the server (in threads of this process)."""
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError("Unknown state {!r}".format(self._state.value))
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if initializer is not None:
            initializer(*initargs)
        self._server = _ManagerServer(self._authkey, type(self))
        _broker._local_servers[self._server.address] = self._server
        self._address = self._server.address
        self._state.value = State.STARTED

    def _create(self, typeid, /, *args, **kwds):
        assert self._state.value == State.STARTED, 'server not yet started'
        exposed = self._registry[typeid][1]
        ident, exposed = _broker.request(self._address, self._authkey, "create_exposed", typeid, exposed, args,
                                         kwds)
        return Token(typeid, self._address, ident), exposed

    def join(self, timeout=None):
        pass

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value != State.STARTED:
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def shutdown(self):
        """Stops the server; its objects are gone."""
        if self._state.value == State.STARTED:
            _broker._local_servers.pop(self._server.address, None)
            self._server.close()
            self._server.objects.clear()
            self._state.value = State.SHUTDOWN

    @property
    def address(self):
        return self._address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        """Makes typeid a type the manager's server makes with callable, reached through proxytype."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, /, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                return proxytype(token, manager=self, authkey=self._authkey, exposed=exp)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


class SyncManager(BaseManager):
    """The manager multiprocessing.Manager() starts."""


SyncManager.register('Queue', queue.Queue)
SyncManager.register('JoinableQueue', queue.Queue)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
