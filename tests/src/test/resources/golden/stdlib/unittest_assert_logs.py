# unittest's assertLogs and assertNoLogs.
import logging
import sys
import unittest


class LogTests(unittest.TestCase):
    def test_captures(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("first")
            logging.getLogger("app.sub").warning("second")
            logging.getLogger("app").debug("not captured")
        print(cm.output, [r.getMessage() for r in cm.records], file=sys.stderr)

    def test_root(self):
        with self.assertLogs() as cm:
            logging.error("root error")
        print(cm.output, file=sys.stderr)

    def test_no_logs_fails(self):
        with self.assertLogs("quiet"):
            pass

    def test_no_logs(self):
        with self.assertNoLogs("quiet"):
            logging.getLogger("quiet").debug("below the level")

    def test_unexpected_logs(self):
        with self.assertNoLogs("noisy", level="WARNING"):
            logging.getLogger("noisy").error("loud")


if __name__ == "__main__":
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(LogTests).run(result)
    for test, trace in result.failures:
        print(test.id(), "->", trace.strip().splitlines()[-1])
    print(len(result.failures), len(result.errors), result.testsRun)
