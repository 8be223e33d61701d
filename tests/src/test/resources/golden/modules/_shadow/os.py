print("must not run: os is frozen into CPython")
