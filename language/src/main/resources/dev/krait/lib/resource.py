"""Resource usage and limits of the process (Krait's implementation): the C library's getrusage, getrlimit and
setrlimit, reached through the posix module."""

import posix as _posix
from _krait_structseq import structseq as _structseq

RLIMIT_CPU = 0
RLIMIT_FSIZE = 1
RLIMIT_DATA = 2
RLIMIT_STACK = 3
RLIMIT_CORE = 4
RLIMIT_RSS = 5
RLIMIT_NPROC = 6
RLIMIT_NOFILE = 7
RLIMIT_OFILE = 7
RLIMIT_MEMLOCK = 8
RLIMIT_AS = 9
RLIMIT_SIGPENDING = 11
RLIMIT_MSGQUEUE = 12
RLIMIT_NICE = 13
RLIMIT_RTPRIO = 14
RLIMIT_RTTIME = 15
_RLIM_NLIMITS = 16
RLIM_INFINITY = -1

RUSAGE_SELF = 0
RUSAGE_CHILDREN = -1
RUSAGE_THREAD = 1

error = OSError

struct_rusage = _structseq(
    "resource", "struct_rusage",
    ("ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
     "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"),
    "struct_rusage: Result from getrusage.\n\n"
    "The fields are the user and system CPU time in seconds, then the counts of the C structure rusage\n"
    "(maximum resident set size in kilobytes, page faults, block operations, context switches...).",
    field_docs=("user time used", "system time used", "max. resident set size", "shared memory size",
                "unshared data size", "unshared stack size", "page faults not requiring I/O",
                "page faults requiring I/O", "number of swap outs", "block input operations",
                "block output operations", "IPC messages sent", "IPC messages received", "signals received",
                "voluntary context switches", "involuntary context switches"))


def _int_arg(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    import operator
    return operator.index(value)


def getrusage(who, /):
    """The resources used by the process (RUSAGE_SELF), its waited-for children (RUSAGE_CHILDREN) or the calling
    thread (RUSAGE_THREAD), as a struct_rusage."""
    who = _int_arg(who)
    if who not in (RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD):
        raise ValueError("invalid who parameter")
    usage = _posix._rusage(who)
    seconds = [micros // 1000000 + (micros % 1000000) * 1e-6 for micros in usage[:2]]
    return struct_rusage(seconds + usage[2:])


def _resource_arg(resource):
    resource = _int_arg(resource)
    if resource < 0 or resource >= _RLIM_NLIMITS:
        raise ValueError("invalid resource specified")
    return resource


def getrlimit(resource, /):
    """The (soft, hard) limits of a resource; RLIM_INFINITY for no limit."""
    return _posix._getrlimit(_resource_arg(resource))


def setrlimit(resource, limits, /):
    """Sets the (soft, hard) limits of a resource; raising the hard limit needs privileges."""
    resource = _resource_arg(resource)
    try:
        limits = tuple(limits)
    except TypeError:
        raise ValueError("expected a tuple of 2 integers") from None
    if len(limits) != 2:
        raise ValueError("expected a tuple of 2 integers")
    soft, hard = (_int_arg(limit) for limit in limits)
    try:
        _posix._setrlimit(resource, soft, hard)
    except OSError as e:
        if e.errno == 22:
            raise ValueError("current limit exceeds maximum limit") from None
        if e.errno == 1:
            raise ValueError("not allowed to raise maximum limit") from None
        raise


def getpagesize():
    """The size of a memory page in bytes."""
    return _posix._sysconf(30)
