# The bundled unittest with buffer=True: a test's output is kept back, and shown with its failure only; -b in argv.
import sys
import unittest

from _unittest_stream import Stream


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden: the test passed")
        sys.stderr.write("hidden too\n")

    def test_loud_fail(self):
        print("shown with the failure")
        sys.stderr.write("error output")
        self.assertEqual(2 + 2, 5)

    def test_loud_error(self):
        print("before the error", end="")
        raise LookupError("missing")


stream = Stream()
result = unittest.TextTestRunner(stream=stream, buffer=True, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(Noisy))
sys.stderr.write(stream.text() + "\n")
print("after the run", result.testsRun, len(result.failures), len(result.errors))
print(sys.stdout is sys.__stdout__ if hasattr(sys, "__stdout__") else True)

stream = Stream()
try:
    unittest.main(argv=["prog", "-b"], testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as exit:
    sys.stderr.write(stream.text() + "\n")
    print("SystemExit", exit.code)
