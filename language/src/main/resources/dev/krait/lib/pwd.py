"""This module provides access to the Unix password database.
It is available on all Unix versions.

Password database entries are reported as 7-tuples containing the following
items from the password database (see `<pwd.h>'), in order:
pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.
The uid and gid items are integers, all others are strings. An
exception is raised if the entry asked for cannot be found."""

# Krait reads /etc/passwd itself (Java has no getpwent); accounts only a name service such as LDAP knows are not seen.

from _krait_structseq import structseq as _structseq

struct_passwd = _structseq("pwd", "struct_passwd", ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"),
                           """pwd.struct_passwd: Results from getpw*() routines.

This object may be accessed either as a tuple of
  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
or via the object attributes as named in the above tuple.""")

_UID_MAX = (1 << 32) - 1


def _entries():
    try:
        with open("/etc/passwd", encoding="utf-8", errors="surrogateescape") as database:
            lines = database.read().splitlines()
    except OSError:
        return []
    entries = []
    for line in lines:
        fields = line.split(":")
        if len(fields) != 7 or line.startswith(("#", "+", "-")):
            continue
        try:
            fields[2] = int(fields[2])
            fields[3] = int(fields[3])
        except ValueError:
            continue
        entries.append(struct_passwd(fields))
    return entries


def _id(value, what):
    if not isinstance(value, int):
        try:
            value = value.__index__()
        except AttributeError:
            raise TypeError(f"{what} should be integer, not {type(value).__name__}") from None
    return value


def _one_argument(name, args, kwargs):
    """The single argument of a C function taking exactly one (METH_O), with CPython's errors."""
    if kwargs:
        raise TypeError(f"pwd.{name}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"pwd.{name}() takes exactly one argument ({len(args)} given)")
    return args[0]


def getpwuid(*args, **kwargs):
    """Return the password database entry for the given numeric user ID.

See `help(pwd)` for more on password database entries."""
    uid = _id(_one_argument("getpwuid", args, kwargs), "uid")
    if not -1 <= uid <= _UID_MAX:
        raise KeyError("getpwuid(): uid not found")
    for entry in _entries():
        if entry.pw_uid == uid:
            return entry
    raise KeyError(f"getpwuid(): uid not found: {uid}")


def getpwnam(*args, **kwargs):
    """Return the password database entry for the given user name.

See `help(pwd)` for more on password database entries."""
    name = _one_argument("getpwnam", args, kwargs)
    if not isinstance(name, str):
        raise TypeError(f"getpwnam() argument must be str, not {type(name).__name__}")
    if "\0" in name:
        raise ValueError("embedded null byte")
    for entry in _entries():
        if entry.pw_name == name:
            return entry
    raise KeyError(f"getpwnam(): name not found: {name!r}")


def getpwall(*args, **kwargs):
    """Return a list of all available password database entries, in arbitrary order.

See help(pwd) for more on password database entries."""
    if kwargs:
        raise TypeError("pwd.getpwall() takes no keyword arguments")
    if args:
        raise TypeError(f"pwd.getpwall() takes no arguments ({len(args)} given)")
    return _entries()
