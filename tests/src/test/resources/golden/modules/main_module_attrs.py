# __main__ run from a file: __loader__ a SourceFileLoader, __spec__ and __cached__ None, CPython's key order
import pprint
import sys

names = list(globals())
print(names)
print(type(__loader__).__name__, type(__loader__).__module__, __loader__.name, __spec__, __cached__)
print(__loader__.path == __file__, __loader__.get_filename() == __file__, __loader__.is_package("__main__"))
print(__loader__.get_source("__main__").splitlines()[0])
print(sys.modules["__main__"].__loader__ is __loader__, __package__)
shown = {key: value for key, value in globals().items() if key not in ("__loader__", "__file__", "__builtins__", "pprint", "sys")}
pprint.pprint(shown)
