"""Doctests found by testmod: module docstring, functions, classes, methods,
__test__, option flags and directives, and the reports of failures.

>>> 1 + 1
2
>>> print("a\\n\\nb")
a
<BLANKLINE>
b
"""
import doctest
import io
import os
import re
import sys


def clean(text):
    """Names the program by its base name and drops the doctest module's own frames."""
    here = os.path.abspath(__file__)
    text = text.replace(here, os.path.basename(here)).replace(__file__, os.path.basename(here))
    lines = text.split("\n")
    kept = []
    skip = False
    for line in lines:
        if re.match(r'\s*File "(.*doctest\.py|<frozen doctest>)", line', line):
            skip = True
            continue
        if skip and re.match(r'\s*File "', line) is None and not re.match(r"\s*\w+Error|\s*\w+: ", line):
            continue
        skip = False
        kept.append(line)
    return "\n".join(kept)


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> square(-2)
    4
    >>> [square(i) for i in range(5)]
    [0, 1, 4, 9, 16]
    """
    return x * x


def fails(x):
    """Examples that fail in every way.

    >>> fails(1)
    2
    >>> print("nothing")
    >>> fails(None)
    'None'
    >>> x = 5
    >>> x
    6
    >>> fails(0)
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> fails(2)
    Traceback (most recent call last):
    ValueError: two
    >>> fails(3)
    Traceback (most recent call last):
    KeyError: 'three'
    """
    if x == 0:
        return 1 / x
    if x == 2:
        raise ValueError("no two")
    if x == 3:
        raise KeyError("three")
    return x


def flags():
    """Option flags given by directives.

    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> list(range(20))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1,  2, 3, 4, 5, 6, 7, 8, 9, 10,
     11, 12, 13, 14, 15, 16, 17, 18, 19]
    >>> print("a  b")  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
    a ...
    >>> this_would_fail()  # doctest: +SKIP
    42
    >>> 1 == 1
    1
    >>> 1 == 1  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> print("")  # doctest: +DONT_ACCEPT_BLANKLINE
    <BLANKLINE>
    >>> raise ValueError("some detail")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: other detail
    >>> import decimal
    >>> raise decimal.InvalidOperation("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    decimal.InvalidOperation: y
    >>> type_error("t")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: t
    >>> print('x...')  # doctest: -ELLIPSIS
    x...
    >>> print('xyz')
    x...
    """


def type_error(text):
    raise TypeError(text)


class Shape:
    """A class with doctests in its methods.

    >>> Shape(2).area()
    4
    """

    def __init__(self, side):
        self.side = side

    def area(self):
        """
        >>> Shape(3).area()
        9
        """
        return self.side ** 2

    @staticmethod
    def unit():
        """
        >>> Shape.unit().side
        1
        """
        return Shape(1)

    @classmethod
    def make(cls, n):
        """
        >>> Shape.make(5).side
        6
        """
        return cls(n)

    @property
    def double(self):
        """
        >>> Shape(4).double
        8
        """
        return 2 * self.side

    class Inner:
        """
        >>> Shape.Inner.__name__
        'Inner'
        """

    def no_doc(self):
        pass


__test__ = {
    "extra": """
    >>> square(4)
    16
    >>> square(5)
    24
    """,
    "func": square,
}


def run(**kwargs):
    saved = sys.stdout
    sys.stdout = buffer = io.StringIO()
    try:
        result = doctest.testmod(**kwargs)
    finally:
        sys.stdout = saved
    print(clean(buffer.getvalue()), end="")
    print(result, result.failed, result.attempted, type(result).__name__)


print("== quiet")
run()
print("== verbose")
run(verbose=True)
print("== REPORT_ONLY_FIRST_FAILURE")
run(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print("== FAIL_FAST")
run(optionflags=doctest.FAIL_FAST)
print("== report=False")
run(report=False)
print("== exclude_empty")
run(exclude_empty=True, verbose=True, report=True)
print("== unexpected exception")
def boom():
    """
    >>> boom()
    1
    >>> 1/0
    >>> undefined_name
    """
    raise RuntimeError("bang")
saved = sys.stdout
sys.stdout = buffer = io.StringIO()
try:
    doctest.run_docstring_examples(boom, {"boom": boom}, name="boom")
finally:
    sys.stdout = saved
print(clean(buffer.getvalue()), end="")
try:
    doctest.testmod(42)
except TypeError as e:
    print("TypeError", e)
