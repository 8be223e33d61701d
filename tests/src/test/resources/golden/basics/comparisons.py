x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 > 2)
print(3 != 3.0, "a" < "b" < "c", "abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), (2,) > (1, 9, 9))
print(None is None, None == None, [] == [], [] is [])
a = [1]
b = a
print(a is b, a is not b, 3 in [1, 2, 3], 4 not in (1, 2))
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print(1 == True, 0 == False, 2 == True, {1: "a"}[True])
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(max(3, 7, 1), min("pear", "apple", "fig"))
