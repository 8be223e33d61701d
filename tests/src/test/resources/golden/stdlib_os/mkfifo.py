"""os.mkfifo makes a named pipe; a child process writes into it while this one reads it by name."""
import os
import stat
import subprocess
import sys
import tempfile

directory = tempfile.mkdtemp()
path = os.path.join(directory, "pipe")
os.mkfifo(path)
mode = os.stat(path).st_mode
print(stat.S_ISFIFO(mode), stat.S_ISREG(mode))

WRITER = """import sys
with open(sys.argv[1], "w") as f:
    f.write("first line\\n")
    f.write("x" * 100000 + "\\n")
    f.write("last line\\n")
"""
child = subprocess.Popen([sys.executable, "-c", WRITER, path])
with open(path) as f:
    lines = f.read().splitlines()
print("writer exit status", child.wait())
print(len(lines), lines[0], len(lines[1]), lines[2])

try:
    os.mkfifo(path)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)  # CPython's mkfifo errors name no file
try:
    os.mkfifo(os.path.join(directory, "missing", "pipe"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
os.mkfifo(os.path.join(directory, "private"), 0o600)
print(oct(stat.S_IMODE(os.stat(os.path.join(directory, "private")).st_mode) & 0o777))
for name in os.listdir(directory):
    os.unlink(os.path.join(directory, name))
os.rmdir(directory)
