# A frozen module of the test package __phello__.ham, empty as in CPython 3.12.
