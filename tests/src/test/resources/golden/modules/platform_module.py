# platform: the interpreter's and the machine's facts (values vary by machine; shapes do not)
import os
import platform
import sys

print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple()[:2])
print(platform.architecture())
u = platform.uname()
print(type(u).__name__, len(u), len(tuple(u)))
print(u.system == platform.system() == os.uname().sysname)
print(u.machine == platform.machine() == os.uname()[4])
print(u.node == platform.node(), u.release == platform.release())
print(isinstance(platform.processor(), str))
print(platform.platform().startswith(f"{u.system}-{u.release}-{u.machine}"))
print(platform.platform(terse=True) == f"{u.system}-{u.release}")
lib, version = platform.libc_ver()
print(lib in ("glibc", ""), all(part.isdigit() for part in version.split(".") if version))
print(platform.system_alias("a", "b", "c"))
print(platform.mac_ver(), platform.win32_ver())
r = os.uname()
print(type(r).__name__, r._fields if hasattr(r, "_fields") else None, repr(r).startswith("posix.uname_result(sysname="))
print(platform.python_implementation() in ("CPython", "Krait"))
