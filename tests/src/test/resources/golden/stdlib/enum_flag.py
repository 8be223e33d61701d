# enum: Flag and IntFlag — pseudo-members, boundaries (STRICT/CONFORM/EJECT/KEEP), operators, iteration,
# aliases, reprs and strs, verify() and its checks, show_flag_values and bin.
import enum
import re
from enum import Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP


def attempt(title, make):
    try:
        result = make()
        print(title, "->", result)
    except Exception as e:
        print(title, "->", type(e).__name__ + ":", re.sub(r"0x[0-9a-f]+", "0x..", str(e)))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    NONE = 0


rw = Perm.R | Perm.W
print(repr(rw), rw, rw is Perm.RW, repr(Perm.R | Perm.X), str(Perm.R | Perm.X), repr(Perm(0)), Perm(7))
print(list(Perm), len(Perm), list(Perm.__members__), Perm._member_names_)
print(list(Perm.R | Perm.X), len(Perm.R | Perm.X), len(Perm.NONE), bool(Perm.NONE), bool(Perm.X))
print(Perm.R in rw, Perm.X in rw, Perm.NONE in rw, rw & Perm.R, rw ^ Perm.R, ~Perm.R, ~rw, ~Perm.NONE, ~(~Perm.X))
print(Perm._flag_mask_, Perm._singles_mask_, Perm._all_bits_, Perm._boundary_, Perm._value2member_map_)
attempt("1 in flag", lambda: 1 in rw)
attempt("flag | 1", lambda: Perm.R | 1)
attempt("Perm(8)", lambda: Perm(8))
attempt("Perm(-1)", lambda: Perm(-1))
attempt("Perm(-8)", lambda: Perm(-8))
attempt("Perm('x')", lambda: Perm("x"))
print(Perm(-2), repr(Perm(-3)))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), repr(Color.WHITE), Color.WHITE.value, ~Color.RED, repr(~Color.WHITE), [m.value for m in Color])
print(repr(Color(0)), str(Color(0)), format(Color.RED), f"{Color.RED | Color.BLUE}", hash(Color.RED) == hash("RED"))


class Unordered(Flag):
    B = 2
    A = 1
    C = 4


print(list(Unordered), list(Unordered(7)), Unordered._iter_member_ == Unordered._iter_member_by_def_)


class Strict(Flag, boundary=STRICT):
    A = 1
    C = 4


class Conform(Flag, boundary=CONFORM):
    A = 1
    C = 4


class Eject(Flag, boundary=EJECT):
    A = 1
    C = 4


class Keep(Flag, boundary=KEEP):
    A = 1
    C = 4


attempt("STRICT 2", lambda: Strict(2))
attempt("STRICT 7", lambda: Strict(7))
attempt("STRICT 32", lambda: Strict(32))
attempt("CONFORM 7", lambda: repr(Conform(7)))
attempt("CONFORM 2", lambda: repr(Conform(2)))
attempt("CONFORM -1", lambda: repr(Conform(-1)))
attempt("EJECT 7", lambda: repr(Eject(7)))
attempt("EJECT 5", lambda: repr(Eject(5)))
attempt("KEEP 7", lambda: repr(Keep(7)))
attempt("KEEP 2", lambda: (repr(Keep(2)), str(Keep(2)), list(Keep(7))))
attempt("KEEP -1", lambda: repr(Keep(-1)))
attempt("KEEP ~A", lambda: repr(~Keep.A))
attempt("EJECT ~A", lambda: repr(~Eject.A))
attempt("CONFORM ~A", lambda: repr(~Conform.A))
print(Strict._boundary_, Conform._boundary_, repr(Eject._boundary_), Keep._boundary_ is KEEP, IntFlag._boundary_)
print(enum.FlagBoundary.__members__, list(enum.FlagBoundary), repr(STRICT), str(CONFORM), STRICT == "strict")


class Open(IntFlag):
    RO = 0
    WO = 1
    RW = 2
    AC = 3
    CE = 1 << 19


print(repr(Open.WO | Open.CE), str(Open.WO | Open.CE), Open.WO | 2, repr(Open.WO | 8), repr(Open(8)), Open.RW + 1)
print(repr(~Open.WO), ~Open.WO, repr(Open.RO), Open.AC, list(Open), list(Open.AC), len(Open.AC), Open.AC in Open)
print(format(Open.CE), f"{Open.CE:>10}", f"{Open.WO | Open.CE!r}", Open.WO == 1, isinstance(Open.WO | 2, Open))
print(3 | Open.WO, type(3 | Open.WO).__name__, Open.RW & 6, Open.RW ^ 3, repr(Open(-1)), repr(Open(0)))
print(repr(Open.WO & 2), 5 & Open.AC, type(5 & Open.AC).__name__, Open._boundary_, Open._member_type_)


class Weird(IntFlag):
    A = 1
    B = 2
    _numeric_repr_ = hex


print(repr(Weird(13)), str(Weird(13)), Weird(13)._name_)


class Big(Flag):
    A = auto()
    B = auto()
    C = auto()
    ALL = A | B | C
    _order_ = "A B C"


print(list(Big), Big.ALL, Big(7) is Big.ALL)


def bad_flag_auto():
    class F(Flag):
        A = "x"
        B = auto()
    return F


attempt("auto after a str flag", bad_flag_auto)


@verify(UNIQUE)
class FineU(Flag):
    A = 1
    B = 2


def verify_unique():
    @verify(UNIQUE)
    class Dup(Flag):
        A = 1
        B = 1
    return Dup


def verify_continuous_enum():
    @verify(CONTINUOUS)
    class Gap(enum.IntEnum):
        A = 1
        B = 2
        E = 5
    return Gap


def verify_continuous_flag():
    @verify(CONTINUOUS)
    class GapFlag(Flag):
        A = 1
        D = 8
        F = 32
    return GapFlag


def verify_named_flags():
    @verify(NAMED_FLAGS)
    class Unnamed(Flag):
        A = 1
        B = 2
        ABC = 7
    return Unnamed


def verify_named_flags_many():
    @verify(NAMED_FLAGS)
    class Unnamed(Flag):
        A = 1
        AX = 9
        AY = 17
    return Unnamed


def verify_not_enum():
    @verify(UNIQUE)
    class Plain:
        pass
    return Plain


print(FineU)
attempt("verify UNIQUE", verify_unique)
attempt("verify CONTINUOUS enum", verify_continuous_enum)
attempt("verify CONTINUOUS flag", verify_continuous_flag)
attempt("verify NAMED_FLAGS", verify_named_flags)
attempt("verify NAMED_FLAGS many", verify_named_flags_many)
attempt("verify a plain class", verify_not_enum)
print(verify(CONTINUOUS, UNIQUE)(Perm.__class__("Ok", "A B C", module=__name__)))
print(list(enum.EnumCheck), repr(UNIQUE), str(NAMED_FLAGS), CONTINUOUS.value, type(enum.EnumCheck))
print(enum.show_flag_values(13), enum.show_flag_values(Perm.RW), enum.bin(10), enum.bin(~10), enum.bin(5, 8),
      enum.bin(-3, 8), enum.bin(0))
attempt("show_flag_values(-1)", lambda: enum.show_flag_values(-1))
print(dir(Perm)[:12], dir(Perm.R))
print(dir(Open)[:6], "RW" in dir(Open), "conjugate" in dir(Open.RW))
