# importlib: import_module (absolute and relative), reload, util.find_spec, spec_from_file_location +
# module_from_spec + exec_module (loading a file by path).
import importlib
import importlib.util
import os
import sys

json = importlib.import_module("json")
print(json.dumps({"a": 1}), importlib.import_module("os.path").basename("/x/y.txt"))
print(importlib.util.find_spec("nope_mod_xyz"), importlib.util.find_spec("json") is not None)

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_importlib_target.py")
with open(path, "w") as f:
    f.write("VALUE = 1\ndef double(x):\n    return 2 * x\n")
spec = importlib.util.spec_from_file_location("loaded_by_path", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(module.__name__, module.VALUE, module.double(21), spec.name, spec.parent == "", os.path.basename(module.__file__))

sys.path.insert(0, os.path.dirname(path))
target = importlib.import_module("_importlib_target")
print(target.VALUE, importlib.util.find_spec("_importlib_target").name)
with open(path, "w") as f:
    f.write("VALUE = 2\n")
print(importlib.reload(target) is target, target.VALUE)
os.remove(path)
try:
    importlib.import_module(".relative")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("missing_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
