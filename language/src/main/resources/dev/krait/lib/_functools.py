"""The name of CPython's C module behind functools: pickles of functools.reduce name it here, and lru_cache's wrapper type."""

from functools import reduce, _lru_cache_wrapper
