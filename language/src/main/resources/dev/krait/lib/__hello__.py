# A frozen module for tests, as CPython 3.12 has it: python -m __hello__ says hello; the classes' docstrings are
# characters of two, three and four UTF-8 bytes.
initialized = True


class TestFrozenUtf8_1:
    """\u00b6"""


class TestFrozenUtf8_2:
    """\u03c0"""


class TestFrozenUtf8_4:
    """\U0001f600"""


def main():
    print("Hello world!")


if __name__ == "__main__":
    main()
