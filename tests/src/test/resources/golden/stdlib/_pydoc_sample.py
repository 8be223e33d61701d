"""A sample module for the pydoc golden programs.

It has classes, functions and data, and an __all__ that decides what is shown.
"""

import collections

__all__ = ['Shape', 'Square', 'area', 'LIMIT', 'NAMES', 'counter', 'Color', 'fetch', 'DEFAULTS']
__version__ = '$Revision: 1.7 $'
__author__ = 'The Krait authors'
__credits__ = 'Everyone who tested it'

LIMIT = 42
NAMES = ['alpha' * 8, 'beta' * 8, 'gamma' * 8]
DEFAULTS = {'size': 3, 'name': 'unit'}
counter = collections.Counter('abracadabra')


class Shape:
    """A shape.

    Shapes have an area.
    """
    sides = 0

    def __init__(self, name, *, scale=1.0):
        """Make a shape called name."""
        self.name = name

    def area(self):
        """The area (zero for a generic shape)."""
        return 0

    @classmethod
    def unit(cls, scale: float = 1.0) -> 'Shape':
        """A unit shape."""
        return cls('unit', scale=scale)

    @staticmethod
    def describe(shape):
        """Describe a shape."""
        return shape.name

    @property
    def label(self):
        """The label (read-only)."""
        return self.name.upper()

    def _hidden(self):
        pass


class Square(Shape):
    sides = 4

    def __init__(self, side):
        super().__init__('square')
        self.side = side

    def area(self):
        return self.side ** 2

    perimeter = lambda self: 4 * self.side

    compute = area

    @property
    def size(self):
        """The side, settable."""
        return self.side

    @size.setter
    def size(self, value):
        self.side = value


class Color:
    __slots__ = ('red', 'green')

    def __repr__(self):
        """A fixed repr."""
        return 'Color()'


def area(shape, precision=2, *extra, rounding=None, **options):
    """Area of a shape, rounded.

    More text here.
      Indented text stays indented.
    """
    return round(shape.area(), precision)


async def fetch(url, timeout=10):
    """Fetch something."""


def _private_helper():
    pass
