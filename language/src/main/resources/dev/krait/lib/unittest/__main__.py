"""python -m unittest NAME...: runs the tests of the named modules, classes or methods."""

import sys

sys.argv[0] = "python -m unittest"
import unittest as _unittest
_unittest.TestProgram(module=None)
