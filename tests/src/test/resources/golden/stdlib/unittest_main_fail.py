# unittest.main() on this module with failures: -v from argv, the report, and exit status 1 through SystemExit.
import sys
import unittest

from _unittest_stream import Stream


def setUpModule():
    print("setUpModule")


def tearDownModule():
    print("tearDownModule")


class First(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)

    def test_bad(self):
        self.assertEqual([1, 2], [1, 2], "lists")
        self.assertIsNone(0)


class Second(unittest.TestCase):
    def test_error(self):
        raise RuntimeError("boom")


# exit=False: the program object is returned with its result
stream = Stream()
program = unittest.main(argv=["prog", "Second"], exit=False, testRunner=unittest.TextTestRunner(stream=stream))
sys.stderr.write(stream.text() + "\n")
print(type(program).__name__, program.result.testsRun, program.result.wasSuccessful())

stream = Stream()
try:
    unittest.main(argv=["prog", "-v"], testRunner=unittest.TextTestRunner(stream=stream, verbosity=1))
except SystemExit as exit:
    sys.stderr.write(stream.text() + "\n")
    print("SystemExit", exit.code)
    raise
