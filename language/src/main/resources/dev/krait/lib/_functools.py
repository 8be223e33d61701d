"""The name of CPython's C module behind functools: pickles of functools.reduce name it here."""

from functools import reduce
