# A frozen subpackage of the test package __phello__, empty as in CPython 3.12.
