def average(xs):
    assert len(xs) > 0, "empty list"
    return sum(xs) / len(xs)
print(average([1, 2, 3]))
try:
    average([])
except AssertionError as e:
    print("AssertionError:", e)
x = 5
assert x == 5
assert isinstance(x, str), f"expected str, got {type(x).__name__}"
