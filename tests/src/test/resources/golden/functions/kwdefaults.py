# function.__kwdefaults__: the keyword-only defaults, None when there are none; assigning it changes them
def none(a, b=1):
    pass


def some(a, *, b=2, c=9, d):
    return (a, b, c, d)


def only_required(*, d):
    return d


print(none.__kwdefaults__, only_required.__kwdefaults__, some.__kwdefaults__)
some.__kwdefaults__ = {"b": 5, "c": 1, "d": 7}
print(some(1), some.__kwdefaults__)
some.__kwdefaults__ = None
print(some.__kwdefaults__)
try:
    some(1, d=0)
except TypeError as e:
    print("TypeError", e)
try:
    some.__kwdefaults__ = [1]
except TypeError as e:
    print("TypeError", e)
del only_required.__kwdefaults__
print(only_required.__kwdefaults__, (lambda *, x=3: x).__kwdefaults__)
