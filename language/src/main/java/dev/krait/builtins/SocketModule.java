package dev.krait.builtins;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.net.NetError;
import dev.krait.runtime.net.SocketHandle;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * The {@code _krait_socket} module under the bundled {@code _socket.py}: sockets on Java NIO, named by descriptor
 * numbers from the context's {@link FileDescriptorTable}, and select(). {@code _socket.py} checks and converts the
 * arguments (addresses arrive as {@code (packed address, port, scope id)} or a path); a failure is raised here as the
 * OSError subclass its errno selects, with the C library's message, or as {@code TimeoutError('timed out')}.
 */
public final class SocketModule {
    private SocketModule() {
    }

    public static dev.krait.runtime.objects.PModule create(KraitContext context) {
        dev.krait.runtime.objects.PModule module = context.newModule("_krait_socket");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, SocketModuleFactory.getFactories(), null, "_krait_socket");
        return module;
    }

    /** The Python exception for a failed socket operation. */
    @TruffleBoundary
    static PException raise(RuntimeException failure) {
        NetError error = failure instanceof NetError net ? net : NetError.of(failure);
        if (error.errno() == NetError.TIMED_OUT) {
            KraitContext context = KraitContext.get(null);
            PythonClass cls = context.classes().byName("TimeoutError");
            PBaseException exception = (PBaseException) ClassBuilder.allocate(context, cls);
            OSErrorBuiltins.initialize(exception, new Object[]{"timed out"});
            return PException.raise(exception, null);
        }
        KraitContext context = KraitContext.get(null);
        PythonClass cls = OSErrorBuiltins.subclassFor(context, context.classes().byName("OSError"), (long) error.errno());
        PBaseException exception = (PBaseException) ClassBuilder.allocate(context, cls);
        OSErrorBuiltins.initialize(exception, new Object[]{(long) error.errno(), NetError.strerror(error.errno())});
        return PException.raise(exception, null);
    }

    private static int integer(Object value) {
        return (int) PyNumber.asSize(value);
    }

    /**
     * The buffer for a receive of {@code size} bytes: at most 1 MiB (more than any datagram), since a receive may
     * always return less than it was asked for and the size is allocated before anything arrives.
     */
    private static int receiveSize(Object size) {
        return (int) Math.min(PyNumber.asSize(size), 1 << 20);
    }

    /** The socket numbered {@code fd}: EBADF if nothing has that number, ENOTSOCK if a file has. */
    @TruffleBoundary
    static SocketHandle handle(Object fd) {
        long number = PyNumber.asSize(fd);
        FileDescriptorTable table = KraitContext.get(null).fileDescriptors();
        SocketHandle handle = table.socket(number);
        if (handle == null) {
            throw raise(new NetError(table.isFile(number) || number >= 0 && number <= 2 ? NetError.ENOTSOCK : NetError.EBADF));
        }
        return handle;
    }

    /** A Java address from {@code _socket.py}'s form: a path, or (packed address, port, scope id). */
    @TruffleBoundary
    static SocketAddress address(Object value) {
        if (value instanceof PTuple tuple) {
            byte[] packed = ByteSequences.require(tuple.get(0));
            int port = integer(tuple.get(1));
            int scope = integer(tuple.get(2));
            try {
                InetAddress address = packed.length == 16 && scope != 0 ? Inet6Address.getByAddress(null, packed, scope) : InetAddress.getByAddress(packed);
                return new InetSocketAddress(address, port);
            } catch (UnknownHostException e) {
                throw raise(new NetError(NetError.EINVAL));
            }
        }
        try {
            return UnixDomainSocketAddress.of(PyObjectRepr.str(value));
        } catch (IllegalArgumentException e) {
            throw raise(new NetError(NetError.EINVAL));
        }
    }

    /** An address for {@code _socket.py}: (packed address, port, scope id), a path, or None. */
    @TruffleBoundary
    static Object pythonAddress(SocketAddress address) {
        KraitContext context = KraitContext.get(null);
        if (address instanceof InetSocketAddress inet) {
            InetAddress ip = inet.getAddress();
            long scope = ip instanceof Inet6Address v6 ? v6.getScopeId() : 0;
            return context.newTuple(new Object[]{ByteSequences.newBytes(ip.getAddress()), (long) inet.getPort(), scope});
        } else if (address instanceof UnixDomainSocketAddress unix) {
            return unix.getPath().toString();
        }
        return PNone.NONE;
    }

    @Builtin(name = "open", params = {"family", "type", "proto"})
    @GenerateNodeFactory
    public abstract static class OpenNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object open(Object family, Object type, Object proto) {
            SocketHandle handle;
            try {
                handle = SocketHandle.open(integer(family), integer(type), integer(proto));
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
            if (handle == null) {
                throw Errors.notImplementedError("socket: Krait has no datagram sockets of AF_UNIX (Java has none)");
            }
            return (long) KraitContext.get(null).fileDescriptors().addSocket(handle);
        }
    }

    @Builtin(name = "socketpair", params = {"family"})
    @GenerateNodeFactory
    public abstract static class SocketPairNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object socketpair(Object family) {
            try {
                SocketHandle[] pair = SocketHandle.pair(integer(family));
                FileDescriptorTable table = KraitContext.get(null).fileDescriptors();
                return KraitContext.get(null).newTuple(new Object[]{(long) table.addSocket(pair[0]), (long) table.addSocket(pair[1])});
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
        }
    }

    /** {@code info(fd)}: (family, type, proto) of an open socket. */
    @Builtin(name = "info", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class InfoNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object info(Object fd) {
            SocketHandle handle = handle(fd);
            return KraitContext.get(null).newTuple(new Object[]{(long) handle.family(), (long) handle.type(), (long) handle.proto()});
        }
    }

    @Builtin(name = "close", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object close(Object fd) {
            SocketHandle handle = handle(fd);
            KraitContext.get(null).fileDescriptors().removeSocket(PyNumber.asSize(fd));
            if (!handle.release()) {
                return PNone.NONE;
            }
            try {
                handle.close();
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
            return PNone.NONE;
        }
    }

    /** {@code dup(fd)}: a new descriptor for the same socket (its timeout is the socket's, as Java has one channel). */
    @Builtin(name = "dup", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class DupNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object dup(Object fd) {
            SocketHandle handle = handle(fd);
            return (long) KraitContext.get(null).fileDescriptors().addSocket(handle);
        }
    }

    /** {@code hostbyaddr(packed)}: the host name of an address (the address itself when it has none), or None. */
    @Builtin(name = "hostbyaddr", params = {"packed"})
    @GenerateNodeFactory
    public abstract static class HostByAddrNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object hostbyaddr(Object packed) {
            String[] name = new String[1];
            try {
                InetAddress address = InetAddress.getByAddress(ByteSequences.require(packed));
                KraitContext.get(null).gil().releaseWhile(null, a -> name[0] = a.getCanonicalHostName(), address);
            } catch (UnknownHostException e) {
                return PNone.NONE;
            }
            return name[0];
        }
    }

    /** {@code reserve()}: a descriptor number for a select.epoll object. */
    @Builtin(name = "reserve", params = {})
    @GenerateNodeFactory
    public abstract static class ReserveNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static Object reserve() {
            return (long) KraitContext.get(null).fileDescriptors().reserve();
        }
    }

    @Builtin(name = "unreserve", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class UnreserveNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object unreserve(Object fd) {
            KraitContext.get(null).fileDescriptors().unreserve(PyNumber.asSize(fd));
            return PNone.NONE;
        }
    }

    @Builtin(name = "settimeout", params = {"fd", "nanos"})
    @GenerateNodeFactory
    public abstract static class SetTimeoutNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object settimeout(Object fd, Object nanos) {
            handle(fd).setTimeoutNanos(PyNumber.asSize(nanos));
            return PNone.NONE;
        }
    }

    @Builtin(name = "bind", params = {"fd", "address"})
    @GenerateNodeFactory
    public abstract static class BindNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object bind(Object fd, Object address) {
            try {
                handle(fd).bind(address(address));
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "listen", params = {"fd", "backlog"})
    @GenerateNodeFactory
    public abstract static class ListenNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object listen(Object fd, Object backlog) {
            try {
                handle(fd).listen(integer(backlog));
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
            return PNone.NONE;
        }
    }

    /** {@code accept(fd)}: (new descriptor, peer address). */
    @Builtin(name = "accept", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class AcceptNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object accept(Object fd) {
            try {
                Object[] accepted = handle(fd).accept();
                KraitContext context = KraitContext.get(null);
                long number = context.fileDescriptors().addSocket((SocketHandle) accepted[0]);
                return context.newTuple(new Object[]{number, pythonAddress((SocketAddress) accepted[1])});
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
        }
    }

    /** {@code connect(fd, address)}: None, or the errno of the failure when {@code errno} is true (connect_ex). */
    @Builtin(name = "connect", params = {"fd", "address", "errno"})
    @GenerateNodeFactory
    public abstract static class ConnectNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object connect(Object fd, Object address, Object errno) {
            SocketHandle handle = handle(fd);
            SocketAddress target = address(address);
            try {
                handle.connect(target);
            } catch (NetError e) {
                if (errno == Boolean.TRUE && e.errno() != NetError.TIMED_OUT) {
                    return (long) (e.errno() == NetError.EAGAIN ? NetError.EINPROGRESS : e.errno());
                } else if (errno == Boolean.TRUE) {
                    return (long) NetError.EAGAIN;
                }
                throw raise(e);
            }
            return errno == Boolean.TRUE ? (Object) 0L : PNone.NONE;
        }
    }

    @Builtin(name = "send", params = {"fd", "data"})
    @GenerateNodeFactory
    public abstract static class SendNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object send(Object fd, Object data) {
            byte[] bytes = ByteSequences.require(data);
            try {
                return (long) handle(fd).send(bytes, 0, bytes.length);
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
        }
    }

    @Builtin(name = "sendall", params = {"fd", "data"})
    @GenerateNodeFactory
    public abstract static class SendAllNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object sendall(Object fd, Object data) {
            try {
                handle(fd).sendAll(ByteSequences.require(data));
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "sendto", params = {"fd", "data", "address"})
    @GenerateNodeFactory
    public abstract static class SendToNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object sendto(Object fd, Object data, Object address) {
            try {
                return (long) handle(fd).sendTo(ByteSequences.require(data), address(address));
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
        }
    }

    @Builtin(name = "recv", params = {"fd", "size"})
    @GenerateNodeFactory
    public abstract static class RecvNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object recv(Object fd, Object size) {
            try {
                return ByteSequences.newBytes(handle(fd).recv(receiveSize(size)));
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
        }
    }

    /** {@code recvfrom(fd, size)}: (bytes, sender's address or None). */
    @Builtin(name = "recvfrom", params = {"fd", "size"})
    @GenerateNodeFactory
    public abstract static class RecvFromNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object recvfrom(Object fd, Object size) {
            try {
                Object[] received = handle(fd).recvFrom(receiveSize(size));
                return KraitContext.get(null).newTuple(new Object[]{ByteSequences.newBytes((byte[]) received[0]), pythonAddress((SocketAddress) received[1])});
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
        }
    }

    @Builtin(name = "shutdown", params = {"fd", "how"})
    @GenerateNodeFactory
    public abstract static class ShutdownNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object shutdown(Object fd, Object how) {
            try {
                handle(fd).shutdown(integer(how));
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
            return PNone.NONE;
        }
    }

    /** {@code getsockname(fd)}: the local address, or None while unbound. */
    @Builtin(name = "getsockname", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class GetSockNameNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getsockname(Object fd) {
            try {
                return pythonAddress(handle(fd).localAddress());
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
        }
    }

    @Builtin(name = "getpeername", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class GetPeerNameNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getpeername(Object fd) {
            try {
                return pythonAddress(handle(fd).remoteAddress());
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
        }
    }

    @Builtin(name = "setsockopt", params = {"fd", "level", "option", "value"})
    @GenerateNodeFactory
    public abstract static class SetSockOptNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object setsockopt(Object[] args) {
            try {
                handle(args[0]).setOption(integer(args[1]), integer(args[2]), integer(args[3]));
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "getsockopt", params = {"fd", "level", "option"})
    @GenerateNodeFactory
    public abstract static class GetSockOptNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object getsockopt(Object fd, Object level, Object option) {
            try {
                return (long) handle(fd).getOption(integer(level), integer(option));
            } catch (NetError | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw raise(e);
            }
        }
    }

    /**
     * {@code select(rfds, wfds, timeout_nanos)} with tuples of descriptor numbers (timeout -1: forever): the ready ones
     * as two lists. Files and the standard streams are always ready, as poll() reports regular files.
     */
    @Builtin(name = "select", params = {"rfds", "wfds", "timeout"})
    @GenerateNodeFactory
    public abstract static class SelectNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object select(Object rfds, Object wfds, Object timeout) {
            KraitContext context = KraitContext.get(null);
            FileDescriptorTable table = context.fileDescriptors();
            Object[] reads = ((PTuple) rfds).items();
            Object[] writes = ((PTuple) wfds).items();
            Map<Long, Integer> wanted = new LinkedHashMap<>();
            List<Long> readyReads = new ArrayList<>();
            List<Long> readyWrites = new ArrayList<>();
            List<PipeByteChannel.Waiting> pipes = new ArrayList<>();
            for (int side = 0; side < 2; side++) {
                for (Object item : side == 0 ? reads : writes) {
                    long fd = PyNumber.asSize(item);
                    SocketHandle handle = table.socket(fd);
                    if (handle == null) {
                        if (!table.isFile(fd) && (fd < 0 || fd > 2)) {
                            throw raise(new NetError(NetError.EBADF));
                        }
                        if (table.isFile(fd) && table.get(fd).channel() instanceof PipeByteChannel pipe) {
                            pipes.add(new PipeByteChannel.Waiting(fd, pipe, side == 0 ? readyReads : readyWrites));
                            continue;
                        }
                        (side == 0 ? readyReads : readyWrites).add(fd);
                        continue;
                    }
                    int ops = side == 0 ? handle.readOps() : handle.writeOps();
                    wanted.merge(fd, ops | (side == 0 ? 1 << 30 : 1 << 29), (a, b) -> a | b);
                }
            }
            long nanos = PyNumber.asSize(timeout);
            if (!readyReads.isEmpty() || !readyWrites.isEmpty()) {
                nanos = 0;
            }
            try (Selector selector = Selector.open()) {
                for (Map.Entry<Long, Integer> entry : wanted.entrySet()) {
                    SocketHandle handle = table.socket(entry.getKey());
                    int ops = entry.getValue() & ~(3 << 29);
                    handle.selectable().register(selector, ops, entry.getKey());
                }
                if (pipes.isEmpty()) {
                    waitFor(context, selector, nanos);
                } else {
                    // pipe ends are no selectable channels: poll them between short waits of the selector
                    long deadline = nanos < 0 ? -1 : System.nanoTime() + nanos;
                    while (true) {
                        boolean any = PipeByteChannel.Waiting.collectReady(pipes) || !readyReads.isEmpty() || !readyWrites.isEmpty();
                        long slice = any ? 0 : deadline < 0 ? PipeByteChannel.Waiting.SLICE_NANOS
                                        : Math.max(0, Math.min(PipeByteChannel.Waiting.SLICE_NANOS, deadline - System.nanoTime()));
                        waitFor(context, selector, slice);
                        if (any || !selector.selectedKeys().isEmpty() || deadline >= 0 && System.nanoTime() >= deadline) {
                            break;
                        }
                    }
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    long fd = (Long) key.attachment();
                    int asked = wanted.get(fd);
                    SocketHandle handle = table.socket(fd);
                    int ready = key.readyOps();
                    if ((asked & (1 << 30)) != 0 && (ready & handle.readOps()) != 0) {
                        readyReads.add(fd);
                    }
                    if ((asked & (1 << 29)) != 0 && (ready & handle.writeOps()) != 0) {
                        if (handle.isConnecting()) {
                            handle.connectionReady();
                        }
                        readyWrites.add(fd);
                    }
                }
            } catch (IOException e) {
                throw raise(NetError.of(e));
            }
            return context.newTuple(new Object[]{PList.presized(context, readyReads.toArray()), PList.presized(context, readyWrites.toArray())});
        }

        private static void waitFor(KraitContext context, Selector selector, long nanos) throws IOException {
            if (nanos == 0) {
                selector.selectNow();
                return;
            }
            long deadline = nanos < 0 ? -1 : System.nanoTime() + nanos;
            context.gil().releaseWhile(null, sel -> {
                while (true) {
                    long millis = 0;
                    if (deadline >= 0) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return;
                        }
                        millis = Math.max(1, (left + 999_999) / 1_000_000);
                    }
                    try {
                        if (sel.select(millis) > 0) {
                            return;
                        }
                    } catch (IOException e) {
                        return;
                    }
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
            }, selector);
        }
    }

    /**
     * {@code resolve(host, family)}: the addresses a host name stands for, as (family, packed address) pairs (family 0:
     * both kinds), or an int: the getaddrinfo error code (EAI_NONAME -2, EAI_AGAIN -3, EAI_ADDRFAMILY -9).
     */
    @Builtin(name = "resolve", params = {"host", "family"})
    @GenerateNodeFactory
    public abstract static class ResolveNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object resolve(Object host, Object family) {
            String name = PyObjectRepr.str(host);
            int wanted = integer(family);
            KraitContext context = KraitContext.get(null);
            InetAddress[][] found = new InetAddress[1][];
            context.gil().releaseWhile(null, n -> {
                try {
                    found[0] = InetAddress.getAllByName(n);
                } catch (UnknownHostException e) {
                    found[0] = null;
                }
            }, name);
            if (found[0] == null) {
                return -2L;
            }
            List<Object> result = new ArrayList<>();
            for (InetAddress address : found[0]) {
                long kind = address instanceof Inet6Address ? SocketHandle.AF_INET6 : SocketHandle.AF_INET;
                if (wanted == 0 || wanted == kind) {
                    result.add(context.newTuple(new Object[]{kind, ByteSequences.newBytes(address.getAddress())}));
                }
            }
            if (result.isEmpty()) {
                return -9L;
            }
            return PList.presized(context, result.toArray());
        }
    }

    @Builtin(name = "gethostname", params = {})
    @GenerateNodeFactory
    public abstract static class GetHostNameNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static Object gethostname() {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")).strip();
            } catch (IOException | SecurityException e) {
                try {
                    return InetAddress.getLocalHost().getHostName();
                } catch (UnknownHostException e2) {
                    return "localhost";
                }
            }
        }
    }
}
