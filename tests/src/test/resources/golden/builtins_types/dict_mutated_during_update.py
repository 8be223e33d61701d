# dict.update/dict(**)/{**d} read the source entry by entry: a key's __eq__ that changes the source is an error
class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


for merge in (lambda d, o: d.update(o), lambda d, o: {**d, **o}, lambda d, o: dict(d, **{}) | o):
    other = dict([(i, 0) for i in range(1, 100)])
    other[X()] = 0
    d = {X(): 0, 1: 1}
    try:
        merge(d, other)
        print("no error", len(d))
    except RuntimeError as e:
        print("RuntimeError", e)

d = {1: 2, 3: 4}
d.update(d)
print(d, {**d, **d})

# the operator module's dunder aliases are the very same builtins
import operator

print(operator.__abs__ is operator.abs, operator.__add__ is operator.add, operator.__not__ is operator.not_)
print(type(operator.__abs__).__name__, operator.__abs__.__name__)
