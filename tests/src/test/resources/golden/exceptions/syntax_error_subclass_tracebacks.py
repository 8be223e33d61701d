# SyntaxError subclasses in tracebacks: a File line only when lineno is an int (filename None shows "<string>"), and the type qualified by its module
import sys, traceback
class E(SyntaxError): pass
for args in (("msg",), ("msg", (None, 3, 1, "x = 1")), ("m2", ("f.py", 2, 3, "abc def\n", 2, 5))):
    try:
        raise E(*args)
    except E as e:
        print("".join(traceback.format_exception_only(e)), end="")
import xml.etree.ElementTree as ET
try:
    ET.fromstring("<a></b>")
except ET.ParseError as e:
    print("".join(traceback.format_exception_only(e)), end="")
raise E("last")
