"""The tables of RFC 3454 (stringprep) as predicates and mappings over single characters (Krait's implementation),
answered from Unicode 3.2.0 (unicodedata.ucd_3_2_0) as the RFC is: A.1 unassigned code points, B.1 characters
mapped to nothing, B.2 and B.3 case folding (with and without NFKC), C.1-C.9 the prohibited characters, D.1 and D.2
the bidirectional classes R/AL and L."""

from unicodedata import ucd_3_2_0 as unicodedata
from _krait_stringprep_b3 import FOLDINGS as _FOLDINGS

assert unicodedata.unidata_version == "3.2.0"


def _foldings():
    table = {}
    for entry in _FOLDINGS.split(";"):
        if entry:
            code, folded = entry.split(":")
            table[int(code, 16)] = "".join(chr(int(part, 16)) for part in folded.split())
    return table


_B3 = _foldings()
del _foldings

# B.1: commonly mapped to nothing
_B1 = frozenset((0x00AD, 0x034F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)
                + tuple(range(0xFE00, 0xFE10)))
# C.2.2: non-ASCII control characters other than those of category Cc
_C22_OTHERS = frozenset((0x06DD, 0x070F, 0x180E, 0x200C, 0x200D, 0x2028, 0x2029, 0xFEFF)
                        + tuple(range(0x2060, 0x2064)) + tuple(range(0x206A, 0x2070))
                        + tuple(range(0xFFF9, 0xFFFD)) + tuple(range(0x1D173, 0x1D17B)))
# C.6: inappropriate for plain text; C.7: for canonical representation; C.8: changing display properties
_C6 = frozenset(range(0xFFF9, 0xFFFE))
_C7 = frozenset(range(0x2FF0, 0x2FFC))
_C8 = frozenset((0x0340, 0x0341, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E)
                + tuple(range(0x206A, 0x2070)))
# C.9: tagging characters
_C9 = frozenset((0xE0001,) + tuple(range(0xE0020, 0xE0080)))


def in_table_a1(code):
    """Unassigned in Unicode 3.2 (the noncharacters are table C.4's, not this one's)."""
    if unicodedata.category(code) != "Cn":
        return False
    c = ord(code)
    return not 0xFDD0 <= c <= 0xFDEF and c & 0xFFFF < 0xFFFE


def in_table_b1(code):
    return ord(code) in _B1


def map_table_b3(code):
    """Case folding for use without normalization."""
    folded = _B3.get(ord(code))
    return folded if folded is not None else code.lower()


def map_table_b2(a):
    """Case folding for use with NFKC: the B.3 folding, unless NFKC and folding again change it further."""
    al = map_table_b3(a)
    b = unicodedata.normalize("NFKC", al)
    bl = "".join([map_table_b3(ch) for ch in b])
    c = unicodedata.normalize("NFKC", bl)
    return c if b != c else al


def in_table_c11(code):
    """ASCII space."""
    return code == " "


def in_table_c12(code):
    """Non-ASCII space characters."""
    return unicodedata.category(code) == "Zs" and code != " "


def in_table_c11_c12(code):
    return unicodedata.category(code) == "Zs"


def in_table_c21(code):
    """ASCII control characters."""
    return ord(code) < 128 and unicodedata.category(code) == "Cc"


def in_table_c22(code):
    """Non-ASCII control characters."""
    c = ord(code)
    if c < 128:
        return False
    return unicodedata.category(code) == "Cc" or c in _C22_OTHERS


def in_table_c21_c22(code):
    return unicodedata.category(code) == "Cc" or ord(code) in _C22_OTHERS


def in_table_c3(code):
    """Private use."""
    return unicodedata.category(code) == "Co"


def in_table_c4(code):
    """Non-character code points."""
    c = ord(code)
    return 0xFDD0 <= c <= 0xFDEF or c & 0xFFFF >= 0xFFFE


def in_table_c5(code):
    """Surrogate codes."""
    return unicodedata.category(code) == "Cs"


def in_table_c6(code):
    return ord(code) in _C6


def in_table_c7(code):
    return ord(code) in _C7


def in_table_c8(code):
    return ord(code) in _C8


def in_table_c9(code):
    return ord(code) in _C9


def in_table_d1(code):
    """Characters with bidirectional property R or AL."""
    return unicodedata.bidirectional(code) in ("R", "AL")


def in_table_d2(code):
    """Characters with bidirectional property L."""
    return unicodedata.bidirectional(code) == "L"
