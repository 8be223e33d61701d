# An exception escaping a _thread thread is reported on sys.stderr as it is at the time, a redirected one too.
import _thread
import contextlib
import io
import re
import time


def bootstrap():
    raise RuntimeError("boom")


with io.StringIO() as stderr, contextlib.redirect_stderr(stderr):
    _thread.start_new_thread(bootstrap, ())
    time.sleep(1.0)
    report = stderr.getvalue()
print(re.sub(r"0x[0-9a-f]+", "0x...", report.splitlines()[0]))
print(report.splitlines()[1])
print(report.splitlines()[-1])


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.err_msg)


import sys
sys.unraisablehook = hook
_thread.start_new_thread(bootstrap, ())
time.sleep(1.0)
