# subprocess.Popen: pipes, communicate, wait/poll with timeouts, signals, context manager, files as streams.
import os
import signal
import subprocess
import time

p = subprocess.Popen(["echo", "popen"], stdout=subprocess.PIPE)
print(repr(p), type(p.pid) is int, p.pid > 0, p.args, p.stdin, p.stderr)
print(p.stdout.read(), p.wait(), p.returncode, repr(p))
p.stdout.close()
print(repr(subprocess.Popen(["echo", "a long argument list to shorten in the repr", "and more"], stdout=subprocess.DEVNULL)))

# reading a pipe as it comes: binary lines, then text lines
p = subprocess.Popen(["sh", "-c", "echo one; echo two; printf three"], stdout=subprocess.PIPE)
print(p.stdout.readline(), p.stdout.readline(), p.stdout.readline(), p.stdout.readline())
p.wait()
p.stdout.close()
p = subprocess.Popen(["sh", "-c", "printf 'a\\nb\\r\\nc'"], stdout=subprocess.PIPE, text=True)
print(p.encoding, p.universal_newlines, p.text_mode, list(p.stdout))
p.wait()
p.stdout.close()
p = subprocess.Popen(["printf", "0123456789"], stdout=subprocess.PIPE)
print(p.stdout.read(4), p.stdout.read(3), p.stdout.read(), p.stdout.read())
p.wait()
p.stdout.close()

# a conversation: write a line, read the answer
with subprocess.Popen(["sh", "-c", "while read line; do echo \"got $line\"; done"],
                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1) as p:
    for word in ("alpha", "beta"):
        p.stdin.write(word + "\n")
        print(p.stdout.readline(), end="")
    p.stdin.close()
    print(repr(p.stdout.read()))
print("after with:", p.returncode, p.stdout.closed, p.stdin.closed)

with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b"bytes in ")
    p.stdin.write(bytearray(b"and out"))
    p.stdin.close()
    print(p.stdout.read())

# communicate
p = subprocess.Popen(["sh", "-c", "cat; echo err >&2; exit 3"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(b"to cat\n"), p.returncode)
p = subprocess.Popen(["sh", "-c", "echo only out"], stdout=subprocess.PIPE, text=True)
print(p.communicate(), p.returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
print(p.communicate(b""), p.returncode)
p = subprocess.Popen(["sh", "-c", "echo first; sleep 5; echo never"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
try:
    p.communicate(timeout=3)  # long enough for "first" to arrive even on a loaded machine
except subprocess.TimeoutExpired as e:
    print("communicate timed out:", e, e.output)
try:
    p.communicate(b"late input")
except ValueError as e:
    print("ValueError:", e)
p.kill()
print("after kill:", p.communicate(), p.returncode)

# wait and poll
p = subprocess.Popen(["sleep", "5"])
print(p.poll(), p.returncode)
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("wait:", e)
p.terminate()
print(p.wait(), p.returncode, p.poll())
p.kill()  # the process is gone: nothing happens
p = subprocess.Popen(["sleep", "5"])
p.send_signal(signal.SIGINT)
print(p.wait() == -signal.SIGINT)
p = subprocess.Popen(["sh", "-c", "exit 12"])
while p.poll() is None:
    time.sleep(0.01)
print(p.returncode, p.wait())

# files and descriptors as the child's streams
with open("_popen_out.txt", "w") as out:
    out.write("first line\n")
    subprocess.run(["echo", "from the child"], stdout=out)
    out.write("last line\n")
with open("_popen_out.txt") as f:
    print(f.read().splitlines())
with open("_popen_out.txt", "rb") as f:
    print(subprocess.run(["wc", "-l"], stdin=f, capture_output=True).stdout.strip())
fd = os.open("_popen_out.txt", os.O_WRONLY | os.O_APPEND)
subprocess.run(["echo", "through a descriptor"], stdout=fd)
os.close(fd)
fd = os.open("_popen_out.txt", os.O_RDONLY)
print(subprocess.run(["tail", "-n", "1"], stdin=fd, capture_output=True, text=True).stdout, end="")
os.close(fd)
os.remove("_popen_out.txt")
try:
    subprocess.run(["true"], stdout=__import__("io").BytesIO())
except Exception as e:
    print(type(e).__name__, e)

# a signal handler runs while the program waits for a child, and the wait goes on
signal.signal(signal.SIGALRM, lambda signum, frame: print("alarm while waiting"))
signal.setitimer(signal.ITIMER_REAL, 0.3)
print(subprocess.run(["sh", "-c", "sleep 1; echo waited"], capture_output=True, text=True).stdout, end="")
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print("done")
