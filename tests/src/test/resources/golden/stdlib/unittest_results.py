# The bundled unittest: outcomes (pass, fail, error, skip, expected failure, unexpected success, subtests) and how
# TextTestRunner reports them at verbosity 0, 1 and 2; fixtures and cleanups in their order; class fixtures failing.
import sys
import unittest

from _unittest_stream import Stream

events = []


class Outcomes(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        {}["missing"]

    def test_error_deeper(self):
        def helper(values):
            return values[0] / values[1]
        helper([1, 0])

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.skipIf(True, "condition held")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "never shown")
    def test_skip_unless_runs(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_sub(self):
        """Checks subtests."""
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)
        with self.subTest("labelled", kind="x"):
            raise ValueError("in a subtest")

    def test_nested_sub(self):
        with self.subTest(outer=1):
            with self.subTest(inner=2):
                self.fail("nested")

    def test_msg(self):
        self.assertIn(3, [1, 2], "three is missing")

    def test_chained(self):
        try:
            int("x")
        except ValueError as error:
            raise RuntimeError("wrapped") from error

    def test_fail_message(self):
        self.fail("explicit failure")

    def helper_not_a_test(self):
        raise AssertionError("never run")


def run(case, verbosity, **options):
    stream = Stream()
    suite = unittest.TestLoader().loadTestsFromTestCase(case)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **options).run(suite)
    # the report names files by absolute path: stderr, where the golden test compares them relative
    sys.stderr.write(stream.text() + "\n")
    print(result, result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
    return result


for verbosity in (0, 1, 2):
    run(Outcomes, verbosity)


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(lambda: events.append("cleanup 2"))

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_one(self):
        events.append("one")

    def test_two(self):
        events.append("two")
        self.assertEqual("a", "a")

    def test_three_fails(self):
        events.append("three")
        self.assertTrue(0)


run(Fixtures, 2)
print(events)


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("no resource")

    def tearDown(self):
        print("tearDown is not called when setUp fails")

    def test_never(self):
        print("not run")


run(BrokenSetUp, 1)


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise KeyError("class fixture")

    def test_a(self):
        print("not run")

    def test_b(self):
        print("not run")


run(BrokenClass, 2)


class FailingCleanup(unittest.TestCase):
    def test_cleanup_error(self):
        self.addCleanup(lambda: 1 / 0)


run(FailingCleanup, 1)


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


run(SkippedClass, 2)


class Many(unittest.TestCase):
    def test_1(self):
        self.fail("first")

    def test_2(self):
        self.fail("second")


result = run(Many, 1, failfast=True)

suite = unittest.TestSuite()
suite.addTest(Outcomes("test_add"))
suite.addTests([Outcomes("test_fail"), Fixtures("test_one")])
print(suite.countTestCases(), repr(suite)[:60])
plain = unittest.TestResult()
suite.run(plain)
print(plain, plain.wasSuccessful(), [str(test) for test, _ in plain.failures])
print(suite.countTestCases(), list(suite))  # tests that ran are dropped from the suite
print(plain.failures[0][1].splitlines()[-1])

test = Outcomes("test_add")
print(test, repr(test), test.id(), test.countTestCases(), test.shortDescription(),
      Outcomes("test_sub").shortDescription())
print(test == Outcomes("test_add"), test != Outcomes("test_fail"))
try:
    Outcomes("test_nothing")
except ValueError as error:
    print("ValueError", error)
try:
    suite.addTest(Outcomes)
except TypeError as error:
    print("TypeError", error)
try:
    suite.addTests("tests")
except TypeError as error:
    print("TypeError", error)
print(unittest.TestLoader().getTestCaseNames(Outcomes))
single = Outcomes("test_add").run()
print(single.testsRun, single.wasSuccessful())
