"""Access to the Unix group database.

Group entries are reported as 4-tuples containing the following fields
from the group database, in order:

  gr_name   - name of the group
  gr_passwd - group password (encrypted); often empty
  gr_gid    - numeric ID of the group
  gr_mem    - list of members

The gid is an integer, name and password are strings.  (Note that most
users are not explicitly listed as members of the groups they are in
according to the password database.  Check both databases to get
complete membership information.)"""

# Krait reads /etc/group itself (Java has no getgrent); groups only a name service such as LDAP knows are not seen.

from _krait_structseq import structseq as _structseq

struct_group = _structseq("grp", "struct_group", ("gr_name", "gr_passwd", "gr_gid", "gr_mem"),
                          """grp.struct_group: Results from getgr*() routines.

This object may be accessed either as a tuple of
  (gr_name,gr_passwd,gr_gid,gr_mem)
or via the object attributes as named in the above tuple.
""")

_GID_MAX = (1 << 32) - 1


def _entries():
    try:
        with open("/etc/group", encoding="utf-8", errors="surrogateescape") as database:
            lines = database.read().splitlines()
    except OSError:
        return []
    entries = []
    for line in lines:
        fields = line.split(":")
        if len(fields) != 4 or line.startswith(("#", "+", "-")):
            continue
        try:
            fields[2] = int(fields[2])
        except ValueError:
            continue
        fields[3] = [member for member in fields[3].split(",") if member]
        entries.append(struct_group(fields))
    return entries


def _argument(function, parameter, args, kwargs):
    """The one argument of a function Argument Clinic declares as f(parameter), with its errors."""
    given = len(args) + len(kwargs)
    if given > 1:
        kind = "argument" if args else "keyword argument"
        raise TypeError(f"{function}() takes at most 1 {kind} ({given} given)")
    if args:
        return args[0]
    if parameter in kwargs:
        return kwargs[parameter]
    raise TypeError(f"{function}() missing required argument '{parameter}' (pos 1)")


def getgrgid(*args, **kwargs):
    """Return the group database entry for the given numeric group ID.

If id is not valid, raise KeyError."""
    id = _argument("getgrgid", "id", args, kwargs)
    if not isinstance(id, int):
        try:
            id = id.__index__()
        except AttributeError:
            raise TypeError(f"gid should be integer, not {type(id).__name__}") from None
    if not -1 <= id <= _GID_MAX:
        raise KeyError("getgrgid(): gid not found")
    for entry in _entries():
        if entry.gr_gid == id:
            return entry
    raise KeyError(f"getgrgid(): gid not found: {id}")


def getgrnam(*args, **kwargs):
    """Return the group database entry for the given group name.

If name is not valid, raise KeyError."""
    name = _argument("getgrnam", "name", args, kwargs)
    if not isinstance(name, str):
        raise TypeError(f"getgrnam() argument 'name' must be str, not {type(name).__name__}")
    if "\0" in name:
        raise ValueError("embedded null byte")
    for entry in _entries():
        if entry.gr_name == name:
            return entry
    raise KeyError(f"getgrnam(): name not found: {name!r}")


def getgrall(*args, **kwargs):
    """Return a list of all available group entries, in arbitrary order.

An entry whose name starts with '+' or '-' represents an instruction
to use YP/NIS and may not be accessible via getgrnam or getgrgid."""
    if kwargs:
        raise TypeError("grp.getgrall() takes no keyword arguments")
    if args:
        raise TypeError(f"grp.getgrall() takes no arguments ({len(args)} given)")
    return _entries()
