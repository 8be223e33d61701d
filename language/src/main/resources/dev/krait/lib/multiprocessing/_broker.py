"""The object server every process of a Krait multiprocessing program shares (written for Krait).

Krait has no fork and cannot hand file descriptors to a child, so the objects processes share (queues, pipes,
locks, semaphores, events, shared values, manager objects) live in one server: a thread in the process that first
needed one, listening on an AF_UNIX socket in a private temporary folder. A reference to a shared object is its
server's address and an id; every process (the server's own included) reaches it by a call that pickles the
arguments and the result, so what crosses is always a copy, as between CPython's processes. Other processes talk
to the server over one connection per thread; the server's own process calls it directly. A child learns the
server's address and the authentication key from its parent, so the objects of one program share one server.
"""

import itertools
import os
import pickle
import socket
import struct
import tempfile
import threading

_LENGTH = struct.Struct("!i")


class RemoteError(Exception):
    """An exception raised by a shared object that could not be pickled back: its formatted traceback."""

    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


def send_message(sock, obj):
    data = pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
    sock.sendall(_LENGTH.pack(len(data)) + data)


def _receive_exactly(sock, size):
    parts = []
    while size:
        chunk = sock.recv(min(size, 1 << 20))
        if not chunk:
            raise EOFError
        parts.append(chunk)
        size -= len(chunk)
    return b"".join(parts)


def receive_message(sock):
    size, = _LENGTH.unpack(_receive_exactly(sock, 4))
    return pickle.loads(_receive_exactly(sock, size))


class ServerObject:
    """An argument of a create request that names an object of the same server (a Condition's lock)."""

    def __init__(self, ident):
        self.ident = ident


class Server:
    """Holds the shared objects and runs the calls other processes send."""

    def __init__(self, authkey, registry):
        self.authkey = bytes(authkey)
        self.registry = registry
        self.objects = {}
        self.ids = itertools.count(1)
        self.mutex = threading.Lock()
        self.connections_per_pid = {}
        self.folder = tempfile.mkdtemp(prefix="pymp-")
        self.address = os.path.join(self.folder, "listener-%d" % os.getpid())
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(self.address)
        self.listener.listen(64)
        thread = threading.Thread(target=self._accept_forever, name="multiprocessing-server", daemon=True)
        thread.start()

    def _accept_forever(self):
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn):
        pid = None
        try:
            hello = receive_message(conn)
            if not (isinstance(hello, tuple) and len(hello) == 3 and hello[0] == "hello" and hello[1] == self.authkey):
                conn.close()
                return
            pid = hello[2]
            with self.mutex:
                self.connections_per_pid[pid] = self.connections_per_pid.get(pid, 0) + 1
            send_message(conn, (True, None))
            while True:
                request = receive_message(conn)
                send_message(conn, self.handle(request))
        except (EOFError, OSError):
            pass
        finally:
            conn.close()
            if pid is not None:
                with self.mutex:
                    left = self.connections_per_pid[pid] - 1
                    if left:
                        self.connections_per_pid[pid] = left
                    else:
                        del self.connections_per_pid[pid]
                        objects = list(self.objects.values())
                if not left:
                    for obj in objects:
                        gone = getattr(obj, "_process_gone", None)
                        if gone is not None:
                            gone(pid)

    def handle(self, request):
        """Runs one request; the answer is (True, result) or (False, exception)."""
        try:
            return True, self._run(*request)
        except BaseException as e:
            try:
                pickle.dumps(e)
            except Exception:
                import traceback
                return False, RemoteError(''.join(traceback.format_exception(e)))
            return False, e

    def _run(self, op, *args):
        if op == "call":
            ident, method, call_args, call_kwargs = args
            obj = self.objects[ident]
            return getattr(obj, method)(*call_args, **call_kwargs)
        if op == "create":
            typeid, call_args, call_kwargs = args
            call_args = [self.objects[arg.ident] if isinstance(arg, ServerObject) else arg for arg in call_args]
            obj = self.registry[typeid](*call_args, **call_kwargs)
            with self.mutex:
                ident = next(self.ids)
                self.objects[ident] = obj
            return ident
        if op == "str":
            return str(self.objects[args[0]])
        if op == "repr":
            return repr(self.objects[args[0]])
        if op == "release":
            with self.mutex:
                self.objects.pop(args[0], None)
            return None
        raise ValueError("unknown request %r" % (op,))

    def close(self):
        try:
            self.listener.close()
        finally:
            try:
                os.unlink(self.address)
                os.rmdir(self.folder)
            except OSError:
                pass


# the server this process runs, by address
_local_servers = {}
# connections to other processes' servers: (address, thread ident) -> socket
_connections = {}
_connections_lock = threading.Lock()


def local_server(address):
    return _local_servers.get(address)


def start_server(authkey, registry):
    server = Server(authkey, registry)
    _local_servers[server.address] = server
    return server


def _connection(address, authkey):
    key = (address, threading.get_ident())
    conn = _connections.get(key)
    if conn is None:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(address)
        send_message(conn, ("hello", bytes(authkey), os.getpid()))
        ok, _ = receive_message(conn)
        with _connections_lock:
            _connections[key] = conn
    return conn


_IMMUTABLE_TYPES = frozenset((bytes, str, int, float, bool, type(None)))


def _immutable(value):
    """Whether value is made only of values that cannot change (a copy would be equal and useless)."""
    kind = type(value)
    if kind in _IMMUTABLE_TYPES:
        return True
    if kind is tuple:
        return all(_immutable(item) for item in value)
    if kind is dict:
        return not value
    return False


def request(address, authkey, *message):
    """Sends one request to the server at address and returns its result or raises its exception."""
    server = _local_servers.get(address)
    if server is not None:
        # the same process: no socket, but the same copies a call from another process makes (values that cannot
        # change need none: a queued item or a pipe's message is already pickled bytes)
        if not _immutable(message):
            message = pickle.loads(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))
        ok, result = server.handle(message)
        if ok and not _immutable(result):
            result = pickle.loads(pickle.dumps(result, pickle.HIGHEST_PROTOCOL))
    else:
        conn = _connection(address, authkey)
        try:
            send_message(conn, message)
            ok, result = receive_message(conn)
        except (EOFError, ConnectionError):
            with _connections_lock:
                _connections.pop((address, threading.get_ident()), None)
            raise
    if ok:
        return result
    raise result


# the address of the server this process tree shares (a child learns its parent's)
shared_address = None


def shared_server_address():
    """The address of the server for the objects this process shares, started here if it has none yet."""
    global shared_address
    if shared_address is None:
        from multiprocessing import process
        from multiprocessing._shared import REGISTRY
        shared_address = start_server(process.current_process().authkey, REGISTRY).address
    return shared_address


class SharedObject:
    """A reference to an object of a server, which its methods call; it crosses to a child process it is handed to
    when the child starts (as CPython's objects do: only through inheritance)."""

    _typeid = None

    def _create(self, *args, **kwds):
        from multiprocessing import process
        self._address = shared_server_address()
        self._authkey = bytes(process.current_process().authkey)
        self._ident = request(self._address, self._authkey, "create", self._typeid, args, kwds)

    def _call(self, method, *args, **kwds):
        return request(self._address, self._authkey, "call", self._ident, method, args, kwds)

    def _reference(self):
        return ServerObject(self._ident)

    def __getstate__(self):
        from multiprocessing import context
        context.assert_spawning(self)
        return self._shared_state()

    def _shared_state(self):
        return {'_address': self._address, '_authkey': self._authkey, '_ident': self._ident}

    def __setstate__(self, state):
        self.__dict__.update(state)


def who():
    """Who asks, for ownership: this process and thread."""
    return os.getpid(), threading.get_ident()
