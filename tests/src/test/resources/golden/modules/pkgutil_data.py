# pkgutil.get_data (through the loader, next to the package's __file__), resolve_name, find_loader/get_loader,
# read_code
import io
import os
import pkgutil
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def show(value):
    text = repr(value).replace(HERE, "HERE")
    while " at 0x" in text:
        start = text.index(" at 0x")
        text = text[:start] + " at ADDR" + text[text.index(">", start):]
    return text


def attempt(function, *args):
    try:
        return show(function(*args))
    except Exception as e:
        return f"{type(e).__name__}: {show(str(e))}"


print("_resdata" in sys.modules)
print(pkgutil.get_data("_resdata", "data.txt"), "_resdata" in sys.modules)
print(pkgutil.get_data("_resdata", "bin.dat"), pkgutil.get_data("_resdata", "sub/inner.txt"))
print(pkgutil.get_data("_resdata.subpkg", "sp.txt"), pkgutil.get_data("_resdata", "subpkg/sp.txt"))
print(pkgutil.get_data("_resdata.module", "data.txt"))
print(attempt(pkgutil.get_data, "_resdata", "missing.txt"))
print(attempt(pkgutil.get_data, "_resdata", "sub"))
print(pkgutil.get_data("_no_such_package", "x"), pkgutil.get_data("sys", "x"), pkgutil.get_data("_nsdemo", "x"))
print(attempt(pkgutil.get_data, "_no_such_package.sub", "x"))
print(attempt(pkgutil.get_data, ".relative", "x"))
print(attempt(pkgutil.get_data, 42, "x"))
print(len(pkgutil.get_data("json", "__init__.py")) > 100, pkgutil.get_data("json", "decoder.py").startswith(b'"""'))
print(attempt(pkgutil.get_data, "json", "no_such_file.txt").replace(os.path.dirname(__import__("json").__file__), "JSON"))

print("-- resolve_name")
print(pkgutil.resolve_name("os.path"), pkgutil.resolve_name("os.path:join").__name__)
print(pkgutil.resolve_name("os:path.join").__name__, pkgutil.resolve_name("_resdata.subpkg").VALUE)
print(pkgutil.resolve_name("_resdata.subpkg:VALUE"), pkgutil.resolve_name("_resdata:").__name__)
print(pkgutil.resolve_name("_resdata.module.NAME"), pkgutil.resolve_name("io.StringIO").__name__)
for bad in ["", "1abc", "a..b", "a:b:c", "a.b:", "x y", "a.b:1c", ":x"]:
    print(repr(bad), attempt(pkgutil.resolve_name, bad))
print(attempt(pkgutil.resolve_name, "_no_such_module_x.y"))
print(attempt(pkgutil.resolve_name, "_no_such_module_x:y"))
print(attempt(pkgutil.resolve_name, "os.no_such_attr"))
print(attempt(pkgutil.resolve_name, "os:no_such_attr"))
print(attempt(pkgutil.resolve_name, 7))

print("-- find_loader, get_loader")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(show(pkgutil.find_loader("_resdata")), show(pkgutil.get_loader("_resdata")))
    print(pkgutil.find_loader("_no_such_module_y"), show(pkgutil.get_loader(sys.modules["_resdata"])))
    print(pkgutil.find_loader("sys"), pkgutil.get_loader("_no_such_module_z"))
    print(attempt(pkgutil.find_loader, ".rel"))
    print(attempt(pkgutil.find_loader, "_resdata.module.deeper"))
    sys.modules["_none_entry"] = None
    print(pkgutil.get_loader("_none_entry"))
    del sys.modules["_none_entry"]
for warning in caught:
    print(warning.category.__name__, warning.message, warning.filename == __file__)

print("-- read_code")
print(pkgutil.read_code(io.BytesIO(b"\x00\x00\x00\x00rest")), pkgutil.read_code(io.BytesIO(b"")))
