# A frozen module for tests that CPython 3.12 has only frozen: importing it says hello.
initialized = True
print("Hello world!")
