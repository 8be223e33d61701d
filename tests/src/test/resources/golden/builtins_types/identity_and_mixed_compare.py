# The empty tuple is one object; complex == int compares exactly (no float overflow); recursive set reprs
a = ()
b = tuple([])


def args(*rest):
    return rest


print(a is b, tuple() is a, (1, 2)[2:] is a, args() is a, tuple(x for x in "") is a, (*[],) is a)
print(len(()), () == (), hash(()) == hash(tuple()))

print(1j != 10**1000, 1j == 10**1000, complex(2) == 2, complex(2, 1) == 2, complex(10**20) == 10**20)
print(complex(2**53 + 1) == 2**53 + 1, complex(2.0**53) == 2**53, 0j == 0, 0j != False, complex(1) == True)
try:
    print(1j < 10**1000)
except TypeError as e:
    print("TypeError", e)


class Holder:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return repr(self.value)

    def __hash__(self):
        return 1


recursive = set()
recursive.add(Holder(recursive))
print(repr(recursive))


class S(set):
    pass


recursive_sub = S()
recursive_sub.add(Holder(recursive_sub))
print(repr(recursive_sub))
frozen_holder = Holder(None)
frozen = frozenset([frozen_holder])
frozen_holder.value = frozen
print(repr(frozen))
