print("must not run: itertools is compiled into CPython")
