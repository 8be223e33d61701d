# A module on sys.path before the standard library's place hides the standard module of that name, unless CPython
# has that module compiled in (sys.builtin_module_names) or frozen; the standard library keeps its sys.path entry.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "_shadow"))
import colorsys
print(colorsys.NAME)
import itertools
print(itertools.__name__, hasattr(itertools, "chain"))
print("os still the standard one:", hasattr(os, "listdir"))

# removing the entry again and dropping the cached module brings the standard one back
sys.path.pop(0)
del sys.modules["colorsys"]
import colorsys
print(hasattr(colorsys, "rgb_to_hls"))

# the standard library is one of sys.path's entries, after the script's directory
print(sys.path[0] == here)
print(any(os.path.isdir(p) or p.endswith(".zip") or ".jar" in p for p in sys.path[1:]))
