# Tests in a module of their own, for unittest_main_pass (loaded by name, as "python -m unittest NAME" does).
import unittest


class Sample(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1, 1)

    def test_two(self):
        self.assertIn("a", "abc")


class Other(unittest.TestCase):
    def test_three(self):
        self.assertFalse([])
