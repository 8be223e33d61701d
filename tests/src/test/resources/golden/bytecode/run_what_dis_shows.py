# What dis shows is what runs: a function's instructions, then the function run; a traceback whose positions come
# from the failing instruction's entry in the location table (co_positions), and the frame's line while it runs.
import dis
import sys


def scale(values, factor):
    total = 0
    for v in values:
        total += v * factor
    return total


dis.dis(scale)
print(scale([1, 2, 3], 4))

positions = [p for p in scale.__code__.co_positions()]
print(len(positions) == len(scale.__code__.co_code) // 2)


def where():
    frame = sys._getframe()
    return frame.f_lineno, frame.f_code.co_name, frame.f_back.f_code.co_name


print(where())


def divide(table, key):
    return table[key] / len(table)


try:
    divide({"a": 1}, "b")
except KeyError as e:
    tb = e.__traceback__.tb_next
    print(type(e).__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno)

divide({"a": 0}, "a")
try:
    divide({}, "a")
except KeyError:
    pass
print(divide({"a": 3, "b": 4}, "a") * 2)
divide({"z": 1}, "missing")
