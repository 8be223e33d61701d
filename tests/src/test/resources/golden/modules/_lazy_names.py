"""A helper module with a module-level __getattr__ (PEP 562)."""
import sys

eager = "here"


def __getattr__(name):
    if name.startswith("lazy_"):
        return name[5:].upper()
    if name == "broken":
        raise KeyError("not an AttributeError")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
