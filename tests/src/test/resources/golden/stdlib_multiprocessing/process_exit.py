# How a spawned child ends: SystemExit's codes, an uncaught exception's report on stderr and exit status 1, and
# terminate (SIGTERM, exitcode -15); a closed process object.
import multiprocessing as mp
import os
import sys
import tempfile
import time


def exit_with(code):
    sys.exit(code)


def fail_quietly(path):
    # the report of an uncaught exception goes to stderr: into a file, to compare its first and last lines
    sys.stderr = open(path, "w")
    raise ValueError("boom in the child")


def nap():
    time.sleep(60)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    for code in (None, 3, "a message"):
        p = mp.Process(target=exit_with, args=(code,))
        p.start()
        p.join()
        print("sys.exit(%r) ->" % (code,), p.exitcode)

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "stderr.txt")
        p = mp.Process(target=fail_quietly, args=(path,))
        p.start()
        p.join()
        with open(path) as f:
            lines = f.read().splitlines()
    print(p.exitcode, lines[0], lines[1], lines[-1])

    p = mp.Process(target=nap)
    p.start()
    p.terminate()
    p.join()
    print("terminated:", p.exitcode, repr(p).replace(str(os.getpid()), "PID").replace("pid=%d" % p.pid, "pid=N"))
    p.close()
    try:
        p.exitcode
    except ValueError as e:
        print("ValueError:", e)

