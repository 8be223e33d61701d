# importing a module again after dropping it from sys.modules runs its code again in a fresh module; reload runs
# the file's current text (the translated code is reused only for the same text)
import importlib
import os
import sys
import tempfile

import _counter_state as first

first.bump()
first.bump()
del sys.modules["_counter_state"]
import _counter_state as second

print(first is second, first.count, second.count, second.bump(), first.count)

directory = tempfile.mkdtemp()
sys.path.insert(0, directory)
path = os.path.join(directory, "_reloaded_mod.py")
with open(path, "w") as f:
    f.write("VALUE = 1\nprint('running', VALUE)\n")
import _reloaded_mod

with open(path, "w") as f:
    f.write("VALUE = 22\nprint('running again', VALUE)\n")
importlib.reload(_reloaded_mod)
print(_reloaded_mod.VALUE)
del sys.modules["_reloaded_mod"]
import _reloaded_mod as again

print(again.VALUE, again is _reloaded_mod)
for m in ("colorsys", "json.decoder"):
    before = importlib.import_module(m)
    sys.modules.pop(m)
    after = importlib.import_module(m)
    print(m, before is after, before.__name__ == after.__name__)
os.remove(path)
