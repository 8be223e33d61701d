def total(*nums):
    return sum(nums)
print(total(), total(1), total(1, 2, 3), total(*range(5)))
def describe(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)
describe()
describe(1, "two", x=3, y=[4])
describe(*"ab", **{"k": "v"})
def wrapper(f, *args, **kwargs):
    print("calling", f.__name__)
    return f(*args, **kwargs)
print(wrapper(max, 3, 9, 2))
print(wrapper(sorted, [3, 1, 2], reverse=True))
def mixed(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, z=9))
def kwonly(*, flag=False, level):
    return flag, level
print(kwonly(level=3), kwonly(flag=True, level=1))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly()
except TypeError as e:
    print("TypeError:", e)
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def both(a, /, b, *, c):
    return [a, b, c]
print(both(1, 2, c=3), both(1, b=2, c=3))
try:
    describe(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
