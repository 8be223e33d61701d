"""Completes the unicodedata module (Krait's implementation): the UCD type and its one instance ucd_3_2_0, the
Unicode 3.2.0 database that IDNA and stringprep use, whose methods are _krait_ucd_3_2_0's functions."""

import unicodedata
import _krait_ucd_3_2_0


class UCD:
    """A Unicode character database of another version than unicodedata's own."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'unicodedata.UCD' instances")

    unidata_version = property(lambda self: _krait_ucd_3_2_0.unidata_version)

    bidirectional = staticmethod(_krait_ucd_3_2_0.bidirectional)
    category = staticmethod(_krait_ucd_3_2_0.category)
    combining = staticmethod(_krait_ucd_3_2_0.combining)
    decimal = staticmethod(_krait_ucd_3_2_0.decimal)
    decomposition = staticmethod(_krait_ucd_3_2_0.decomposition)
    digit = staticmethod(_krait_ucd_3_2_0.digit)
    east_asian_width = staticmethod(_krait_ucd_3_2_0.east_asian_width)
    is_normalized = staticmethod(_krait_ucd_3_2_0.is_normalized)
    lookup = staticmethod(_krait_ucd_3_2_0.lookup)
    mirrored = staticmethod(_krait_ucd_3_2_0.mirrored)
    name = staticmethod(_krait_ucd_3_2_0.name)
    normalize = staticmethod(_krait_ucd_3_2_0.normalize)
    numeric = staticmethod(_krait_ucd_3_2_0.numeric)


UCD.__module__ = "unicodedata"
unicodedata.UCD = UCD
unicodedata.ucd_3_2_0 = object.__new__(UCD)
