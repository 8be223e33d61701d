"""A helper module for doctest_cli.py.

>>> triple(2)
6
>>> triple('ab')  # doctest: +ELLIPSIS
'ab...'
"""


def triple(x):
    """
    >>> triple(1)
    3
    >>> triple(0)
    1
    >>> triple([1])
    [1, 1, 1]
    """
    return x * 3
