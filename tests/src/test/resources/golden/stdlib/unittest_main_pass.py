# unittest.main() when every test passes (exit status 0), selecting tests by name, and when none is found (5).
import sys
import unittest

from _unittest_stream import Stream


class Numbers(unittest.TestCase):
    def test_sum(self):
        self.assertEqual(sum([1, 2, 3]), 6)

    def test_sorted(self):
        self.assertListEqual(sorted([3, 1, 2]), [1, 2, 3])

    def test_other(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)


def main(argv, verbosity=2):
    stream = Stream()
    try:
        unittest.main(argv=argv, testRunner=unittest.TextTestRunner(stream=stream, verbosity=verbosity))
    except SystemExit as exit:
        sys.stderr.write(stream.text() + "\n")
        print(argv, "SystemExit", exit.code)


main(["prog", "Numbers.test_sum", "Numbers.test_other"])
main(["prog", "-k", "sort"])
main(["prog", "-k", "nothing_matches"])
unittest.defaultTestLoader.testNamePatterns = None
main(["prog", "-q"], 1)

# no module: the tests of the modules, classes and methods named, as "python -m unittest NAMES" runs them
stream = Stream()
program = unittest.main(module=None, argv=["python -m unittest", "-v", "_unittest_sample.py", "_unittest_sample.Sample.test_two"],
                        exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
sys.stderr.write(stream.text() + "\n")
print(program.result.testsRun, program.result.wasSuccessful())

# the last one ends the program through SystemExit(0)
stream = Stream()
unittest.main(argv=["prog"], testRunner=unittest.TextTestRunner(stream=stream, verbosity=0))
