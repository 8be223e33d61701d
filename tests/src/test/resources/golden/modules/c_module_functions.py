# Functions of modules CPython writes in C are builtin functions: a class attribute does not bind them
import bisect
import logging
import math
import operator
import time

for f in (time.localtime, time.gmtime, math.sqrt, len):
    print(f.__name__, type(f).__name__, f.__module__, f.__self__.__name__)
print(type(operator.add).__name__, type(operator.itemgetter).__name__)
print(time.localtime, operator.add, math.floor)


class F:
    converter = time.gmtime
    add = operator.add
    contains = operator.contains


print(F().converter(0)[:3], F().add(1, 2), F().contains([1], 1))

formatter = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y-%m-%d %H:%M")
formatter.converter = time.gmtime
record = logging.makeLogRecord({"msg": "hello", "created": 0.0})
print(formatter.format(record))
logging.Formatter.converter = time.gmtime
print(logging.Formatter("%(asctime)s|%(message)s", "%H:%M:%S").format(logging.makeLogRecord({"msg": "m", "created": 3661.0})))

for bad in (lambda: time.localtime(1, 2), lambda: operator.add(1), lambda: bisect.insort()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
