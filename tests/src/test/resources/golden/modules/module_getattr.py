# A module's own __getattr__ (PEP 562) answers the names the module lacks.
import _lazy_names

print(_lazy_names.eager, _lazy_names.lazy_one)
print(getattr(_lazy_names, "lazy_two"), getattr(_lazy_names, "other", "default"))
print(hasattr(_lazy_names, "lazy_x"), hasattr(_lazy_names, "missing"))
from _lazy_names import lazy_three
print(lazy_three)
try:
    _lazy_names.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _lazy_names import missing
except ImportError as e:
    print("ImportError:", e.args[0].split(" (")[0])
try:
    _lazy_names.broken
except KeyError as e:
    print("KeyError:", e)
try:
    hasattr(_lazy_names, "broken")
except KeyError as e:
    print("KeyError from hasattr:", e)
print("eager" in dir(_lazy_names), "lazy_one" in dir(_lazy_names))
