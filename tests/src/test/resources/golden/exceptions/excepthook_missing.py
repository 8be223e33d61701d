# No sys.excepthook: CPython says so and prints the traceback itself; sys.last_* keep the exception.
import sys

del sys.excepthook
print("start")
raise KeyError("gone")
