"""The name of CPython's C accelerator for pickle: pickle's Pickler, Unpickler, functions and errors say they are
from here, so pickles of them name this module."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler, dump, dumps, load, loads,
                    PickleBuffer)
