# Builtin constructors refuse keyword arguments, also for a subclass that does not define its own __init__
def attempt(label, make):
    try:
        result = make()
        print(label, "->", type(result).__name__, getattr(result, "extra", None))
    except TypeError as e:
        print(label, "TypeError:", e)

class BareTuple(tuple): pass
class BareFrozen(frozenset): pass
class BareList(list): pass
class BareSet(set): pass

class TupleWithNew(tuple):
    def __new__(cls, arg, extra=None):
        self = super().__new__(cls, arg)
        self.extra = extra
        return self

class TupleWithInit(tuple):
    def __init__(self, arg, extra=None):
        self.extra = extra

class FrozenWithInit(frozenset):
    def __init__(self, arg, extra=None):
        self.extra = extra

attempt("tuple", lambda: tuple((), extra=3))
attempt("BareTuple", lambda: BareTuple((), extra=3))
attempt("TupleWithNew", lambda: TupleWithNew([1, 2], extra=3))
attempt("TupleWithInit", lambda: TupleWithInit([1, 2], extra=3))
attempt("frozenset", lambda: frozenset((), extra=3))
attempt("BareFrozen", lambda: BareFrozen((), extra=3))
attempt("FrozenWithInit", lambda: FrozenWithInit([1], extra=3))
attempt("BareList", lambda: BareList((), extra=3))
attempt("BareSet", lambda: BareSet((), extra=3))
print(TupleWithInit([1, 2], extra=4), sorted(FrozenWithInit([2, 1], extra=5)))
