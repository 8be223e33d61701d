"""The warnings machinery under the name CPython's C module has (Krait keeps it in warnings.py)."""

from warnings import warn, warn_explicit, filters, _filters_mutated
