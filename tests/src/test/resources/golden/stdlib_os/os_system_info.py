# os system queries (uname, sysconf, statvfs, times, terminal size, strerror, wait statuses), shutil.disk_usage and resource.
import os
import resource
import shutil
import tempfile

base = tempfile.mkdtemp()


def show(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace(base, "<tmp>"))


u = os.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname, isinstance(u.release, str), u.machine == u[4])
print(os.sysconf("SC_PAGESIZE") == os.sysconf(os.sysconf_names["SC_PAGESIZE"]) == resource.getpagesize())
print(os.sysconf("SC_CLK_TCK") > 0, os.sysconf("SC_NPROCESSORS_ONLN") >= 1, "SC_OPEN_MAX" in os.sysconf_names)
show("sysconf unknown name", lambda: os.sysconf("SC_NOPE"))
show("sysconf object", lambda: os.sysconf(object()))
show("sysconf bad number", lambda: os.sysconf(123456))

st = os.statvfs(base)
print(type(st).__name__, len(st), st.n_fields if hasattr(st, "n_fields") else None, st.f_bsize > 0, st.f_blocks >= st.f_bfree >= 0)
fd = os.open(base, os.O_RDONLY)
print(os.statvfs(fd).f_bsize == st.f_bsize, os.fstatvfs(fd).f_frsize == st.f_frsize)
os.close(fd)
show("statvfs missing", lambda: os.statvfs(os.path.join(base, "nope")).f_bsize)
show("statvfs bad fd", lambda: os.statvfs(1000000))

usage = shutil.disk_usage(base)
print(type(usage).__name__, usage._fields, usage.total >= usage.used >= 0, usage.free >= 0)
show("disk_usage missing", lambda: shutil.disk_usage(os.path.join(base, "nope")))
show("disk_usage float", lambda: shutil.disk_usage(1.5))

t = os.times()
print(type(t).__name__, len(t), all(isinstance(v, float) and v >= 0 for v in t), t.user == t[0])

show("terminal size of a file", lambda: os.get_terminal_size(os.open(base, os.O_RDONLY)))
show("terminal size of a closed fd", lambda: os.get_terminal_size(1000000))
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
print(shutil.get_terminal_size((99, 42)) if not os.isatty(1) else "tty")

print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(1234))
for status in (0, 0x0100, 0xFF00, 0x0009, 0x137F):
    print(hex(status), os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.WTERMSIG(status),
          os.WIFSTOPPED(status), os.WSTOPSIG(status))
print(os.waitstatus_to_exitcode(0x0100), os.waitstatus_to_exitcode(0x0009))
show("waitstatus stopped", lambda: os.waitstatus_to_exitcode(0x137F))
print(os.system("exit 3") >> 8, os.system("true"))

ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, len(ru), ru.ru_maxrss > 0, isinstance(ru.ru_utime, float), ru.ru_utime == ru[0])
print(resource.struct_rusage.n_fields, resource.struct_rusage.__match_args__[:3])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft), soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
show("getrlimit bad", lambda: resource.getrlimit(99))
show("getrusage bad", lambda: resource.getrusage(5))
show("setrlimit short", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)))
show("setrlimit soft above hard", lambda: resource.setrlimit(resource.RLIMIT_CORE, (10, 5)))
print(resource.RLIM_INFINITY, resource.RUSAGE_CHILDREN, resource.error is OSError)
