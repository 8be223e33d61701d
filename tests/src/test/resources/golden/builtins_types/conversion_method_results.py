# What int(), float(), complex() and operator.index() do with the results of __int__, __float__, __complex__ and
# __index__: a strict subclass of the type is converted with a DeprecationWarning, anything else is a TypeError.
import operator
import warnings

class IntSub(int): pass
class FloatSub(float): pass
class ComplexSub(complex): pass
class StrSub(str): pass

class Converts:
    def __int__(self): return IntSub(3)
    def __index__(self): return IntSub(4)
    def __float__(self): return FloatSub(2.5)
    def __complex__(self): return ComplexSub(1 + 2j)

class Wrong:
    def __int__(self): return "3"
    def __index__(self): return 4.0
    def __float__(self): return 1
    def __complex__(self): return 1.5

for label, convert in [("int", int), ("float", float), ("complex", complex), ("operator.index", operator.index)]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = convert(Converts())
    print(label, type(value).__name__, value, [(w.category.__name__, str(w.message)) for w in caught])
    try:
        convert(Wrong())
    except TypeError as e:
        print(label, "TypeError:", e)

# a str subclass is parsed as a str, with or without a base
print(int(StrSub("100")), int(StrSub("100"), 2), int(StrSub(" -0x1f "), 0), float(StrSub("1e3")))
try:
    int(StrSub("12a"))
except ValueError as e:
    print("ValueError:", e)
