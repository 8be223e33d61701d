"""platform: what the interpreter and the machine under it are (written for Krait).

The machine's facts come from os.uname(); the interpreter's from sys.  python_implementation() says "Krait".
"""

import os
import sys
import collections as _collections

__version__ = "1.0.8"


def python_implementation():
    return "Krait"


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ""


def python_revision():
    return ""


def python_build():
    return ("main", "")


def python_compiler():
    # CPython reads the "[GCC …]" part of sys.version; Krait's version string names no C compiler.
    return ""


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    # Like CPython's: the defaults, since the Java runtime under Krait is not visible as a `java` module.
    return release, vendor, vminfo, osinfo


class uname_result(_collections.namedtuple("uname_result", "system node release version machine")):
    """What uname() returns; processor is computed on first use, as CPython does."""

    __slots__ = ()

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    def __repr__(self):
        names = ("system", "node", "release", "version", "machine", "processor")
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(names, self))
        return f"uname_result({fields})"


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        info = os.uname()
        _uname_cache = uname_result(info.sysname, info.nodename, info.release, info.version, info.machine)
    return _uname_cache


def _processor():
    # CPython asks `uname -p`, which prints "unknown" on most Linux systems; that maps to ''.
    return ""


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits="", linkage=""):
    size = sys.maxsize.bit_length() + 1
    return (bits or "%dbit" % size, linkage or "ELF")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """The C library the process runs on, found in the mapped libc's version banner."""
    path = _mapped_libc()
    if path is None:
        return (lib, version)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return (lib, version)
    marker = b"release version "
    at = data.find(marker)
    if data.find(b"GNU C Library") < 0 or at < 0:
        return (lib, version)
    end = at + len(marker)
    while end < len(data) and data[end] in b"0123456789.":
        end += 1
    return ("glibc", data[at + len(marker):end].decode("ascii").rstrip("."))


def _mapped_libc():
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split()[-1]
                name = path.rsplit("/", 1)[-1]
                if name.startswith("libc.so") or (name.startswith("libc-") and name.endswith(".so")):
                    return path
    except OSError:
        pass
    return None


def system_alias(system, release, version):
    return system, release, version


def platform(aliased=False, terse=False):
    """One filename-safe string naming the platform, such as Linux-6.1.0-x86_64-with-glibc2.36."""
    info = uname()
    processor = "" if info.processor == info.machine else info.processor
    if info.system == "Linux":
        # On Linux CPython names the C library and ignores terse.
        lib, libversion = libc_ver()
        parts = (info.system, info.release, info.machine, processor, "with", lib + libversion)
    elif terse:
        parts = (info.system, info.release)
    else:
        parts = (info.system, info.release, info.machine, processor)
    return _filename_safe("-".join(part.strip() for part in parts if part))


def _filename_safe(name):
    for character in ' /\\:;"()':
        name = name.replace(character, "_" if character == " " else "-")
    name = name.replace("unknown", "")
    while "--" in name:
        name = name.replace("--", "-")
    return name.rstrip("-")


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    for candidate in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(candidate, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in lines:
            if "=" not in line or line.startswith("#"):
                continue
            key, value = line.split("=", 1)
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            info[key.strip()] = value
        return info
    raise OSError(2, "Unable to read files /etc/os-release, /usr/lib/os-release")
