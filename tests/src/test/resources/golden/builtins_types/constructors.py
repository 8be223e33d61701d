def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 6
class Flt:
    def __float__(self):
        return 2.5
class Intable:
    def __int__(self):
        return 11
class Strable:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "R!"
print(int(Idx()), int(Intable()), int("101", 2), int("  0x_ff ", 16), int("-0b11", 0), int("١٢٣"), int(" 7\n"), int("Ff", base=16))
print(float(Flt()), float(Idx()), float("  1e3 "), float("-.5"), float("+inf"), float("NaN"), float("١.٥"))
print(str(Strable()), repr(Strable()), str(1e20), str(-0.0), str(True), str((1,)), str({1: None}), str(object=[]))
print(list(Strable.__dict__.keys())[:0], list(range(3)), list("ab"), list({"x": 1}.items()), list(map(abs, [-1])))
print(tuple(x for x in "ab"), tuple({1}), tuple({}), tuple(range(0)))
print(dict([("a", 1), ["b", 2], "cd"]), dict({"a": 1}, a=2), dict(dict(x=1)), dict(zip([1, 2], "ab")), dict([]))
print(set("aab") == {"a", "b"}, set(), set(range(3)), frozenset("a"), frozenset(frozenset([1])), set(x for x in [1, 1]))
print(bool(), bool(0.0), bool(""), bool(" "), bool(None), bool([None]), bool({}), bool(range(0)), bool(Idx()), bool(1j) if False else True)
class Falsy:
    def __bool__(self):
        return False
class Lenny:
    def __len__(self):
        return 0
print(bool(Falsy()), bool(Lenny()), not Lenny(), int(True), float(False), complex if False else None)
show(lambda: int("12", base=1))
show(lambda: int(x="5"))
show(lambda: int("5", 10, 3))
show(lambda: int(1.5, 10))
show(lambda: int("9", 8))
show(lambda: int("  "))
show(lambda: int("1 2"))
show(lambda: int(Flt()))
show(lambda: float("1e"))
show(lambda: float(Intable()))
show(lambda: float(x=1))
show(lambda: float("0x10"))
show(lambda: list(1, 2))
show(lambda: list(x=1))
show(lambda: tuple(None))
show(lambda: dict(1, 2))
show(lambda: dict(["ab", "c"]))
show(lambda: dict([None]))
show(lambda: set(1))
show(lambda: set(x=1))
show(lambda: frozenset(1, 2))
show(lambda: bool(x=1))
show(lambda: str(1, 2, 3, 4))
show(lambda: str(1, "utf-8"))
