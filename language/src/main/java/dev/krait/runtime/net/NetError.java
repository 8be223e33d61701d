package dev.krait.runtime.net;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;

/**
 * A failed socket operation, as the errno the C library would have set (or {@link #TIMED_OUT} for a socket timeout,
 * which CPython reports as {@code TimeoutError('timed out')} with no errno). The module turns it into the OSError
 * subclass the errno selects.
 */
public final class NetError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Not an errno: the socket's own timeout passed. */
    public static final int TIMED_OUT = -1;

    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int EINVAL = 22;
    public static final int EPIPE = 32;
    public static final int ENOTSOCK = 88;
    public static final int EDESTADDRREQ = 89;
    public static final int ENOPROTOOPT = 92;
    public static final int EOPNOTSUPP = 95;
    public static final int EAFNOSUPPORT = 97;
    public static final int EADDRINUSE = 98;
    public static final int EADDRNOTAVAIL = 99;
    public static final int ENETUNREACH = 101;
    public static final int ECONNRESET = 104;
    public static final int EISCONN = 106;
    public static final int ENOTCONN = 107;
    public static final int ETIMEDOUT = 110;
    public static final int ECONNREFUSED = 111;
    public static final int EHOSTUNREACH = 113;
    public static final int EALREADY = 114;
    public static final int EINPROGRESS = 115;

    private final int errno;

    public NetError(int errno) {
        super(null, null, false, false);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }

    /** The errno of a failure Java reports as an exception. */
    public static NetError of(Exception e) {
        return new NetError(errnoOf(e));
    }

    public static int errnoOf(Exception e) {
        if (e instanceof ClosedChannelException) {
            return EBADF;
        } else if (e instanceof ConnectException || e instanceof PortUnreachableException) {
            return ECONNREFUSED;
        } else if (e instanceof NoRouteToHostException) {
            return EHOSTUNREACH;
        } else if (e instanceof AlreadyConnectedException) {
            return EISCONN;
        } else if (e instanceof NotYetConnectedException || e instanceof NotYetBoundException) {
            return ENOTCONN;
        } else if (e instanceof ConnectionPendingException) {
            return EALREADY;
        } else if (e instanceof AlreadyBoundException || e instanceof NoConnectionPendingException) {
            return EINVAL;
        } else if (e instanceof UnsupportedAddressTypeException || e instanceof UnresolvedAddressException) {
            return EAFNOSUPPORT;
        } else if (e instanceof UnsupportedOperationException) {
            return EOPNOTSUPP;
        } else if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return EINVAL;
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof BindException) {
            return message.contains("assign requested address") ? EADDRNOTAVAIL : message.contains("ermission") ? 13 : EADDRINUSE;
        }
        if (e instanceof SocketException || e instanceof IOException) {
            if (message.contains("reset")) {
                return ECONNRESET;
            } else if (message.contains("Broken pipe")) {
                return EPIPE;
            } else if (message.contains("Network is unreachable")) {
                return ENETUNREACH;
            } else if (message.contains("timed out")) {
                return ETIMEDOUT;
            } else if (message.contains("not connected")) {
                return ENOTCONN;
            } else if (message.contains("Invalid argument")) {
                return EINVAL;
            } else if (message.contains("Protocol not available") || message.contains("Unsupported")) {
                return ENOPROTOOPT;
            } else if (message.contains("already in use")) {
                return EADDRINUSE;
            } else if (message.contains("No such file")) {
                return 2;
            } else if (message.contains("ermission denied")) {
                return 13;
            }
        }
        return 5;
    }

    /** The C library's text for the errnos sockets report. */
    public static String strerror(int errno) {
        return switch (errno) {
            case 2 -> "No such file or directory";
            case 5 -> "Input/output error";
            case EBADF -> "Bad file descriptor";
            case EAGAIN -> "Resource temporarily unavailable";
            case 13 -> "Permission denied";
            case EINVAL -> "Invalid argument";
            case 29 -> "Illegal seek";
            case EPIPE -> "Broken pipe";
            case ENOTSOCK -> "Socket operation on non-socket";
            case EDESTADDRREQ -> "Destination address required";
            case ENOPROTOOPT -> "Protocol not available";
            case 93 -> "Protocol not supported";
            case 94 -> "Socket type not supported";
            case EOPNOTSUPP -> "Operation not supported";
            case EAFNOSUPPORT -> "Address family not supported by protocol";
            case EADDRINUSE -> "Address already in use";
            case EADDRNOTAVAIL -> "Cannot assign requested address";
            case ENETUNREACH -> "Network is unreachable";
            case 103 -> "Software caused connection abort";
            case ECONNRESET -> "Connection reset by peer";
            case EISCONN -> "Transport endpoint is already connected";
            case ENOTCONN -> "Transport endpoint is not connected";
            case ETIMEDOUT -> "Connection timed out";
            case ECONNREFUSED -> "Connection refused";
            case EHOSTUNREACH -> "No route to host";
            case EALREADY -> "Operation already in progress";
            case EINPROGRESS -> "Operation now in progress";
            default -> "Unknown error " + errno;
        };
    }
}
