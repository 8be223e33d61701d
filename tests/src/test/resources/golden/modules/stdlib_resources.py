# The standard library's own packages through importlib.resources and pkgutil (Krait's are bundled in the
# language jar, or a classes directory, and read from there): files, as_file, the legacy functions, iter_modules
import importlib.resources as resources
import json
import os
import pkgutil
import warnings

root = resources.files("json")
print(root.name, root.is_dir(), root.is_file(), isinstance(root, resources.abc.Traversable))
names = sorted(p.name for p in root.iterdir())
print({"__init__.py", "decoder.py", "encoder.py"} <= set(names))
decoder = root / "decoder.py"
print(decoder.name, decoder.is_file(), decoder.is_dir(), b"JSONDecoder" in decoder.read_bytes())
print("def loads" in root.joinpath("__init__.py").read_text(encoding="utf-8"))
with decoder.open("rb") as stream:
    print(type(stream.read(5)).__name__)
with decoder.open(encoding="utf-8") as stream:
    print(type(stream.read(5)).__name__)
missing = root / "no_such_file.txt"
print(missing.name, missing.is_file(), missing.is_dir())
try:
    missing.read_bytes()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, os.path.basename(e.filename))
try:
    root.read_bytes()
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
with resources.as_file(decoder) as path:
    print(os.path.basename(path).endswith("decoder.py"), os.path.isfile(path), b"JSONDecoder" in path.read_bytes())
with resources.as_file(root) as path:
    print(os.path.basename(path), os.path.isdir(path), "decoder.py" in os.listdir(path))
print(resources.files("json.decoder").name, resources.files("textwrap").is_dir())
print((resources.files("textwrap") / "textwrap.py").is_file())

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    print("def loads" in resources.read_text("json", "__init__.py"), resources.is_resource("json", "decoder.py"))
    print(resources.is_resource("json", "no_such"), "encoder.py" in resources.contents("json"))
    with resources.open_binary("json", "encoder.py") as stream:
        print(b"JSONEncoder" in stream.read())
    with resources.path("json", "decoder.py") as path:
        print(path.name.endswith("decoder.py"), path.exists())

print(b"def loads" in pkgutil.get_data("json", "__init__.py"))
modules = {info.name for info in pkgutil.iter_modules(json.__path__)}
print({"decoder", "encoder"} <= modules, [info.ispkg for info in pkgutil.iter_modules(json.__path__)][:2])
print({"json.decoder", "json.encoder"} <= {info.name for info in pkgutil.walk_packages(json.__path__, "json.")})
top = {info.name: info.ispkg for info in pkgutil.iter_modules()}
print(top["json"], top["textwrap"], top["importlib"], top["collections"])
