def show(tag, value):
    print("eval", tag)
    return value
data = {"count": 1}
data[show("key", "count")] += show("rhs", 10)
print(data)
class Obj:
    pass
o = Obj()
o.total = 5
o.total *= 3
print(o.total)
a = b = c = 7
print(a, b, c)
a, b = b + 1, a - 1
print(a, b)
lst = [0, 0, 0]
lst[show("index", 1)] = show("value", 42)
print(lst)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
(m, n), k = [1, 2], 3
[p, q] = "pq"
print(m, n, k, p, q)
s = "ab"
s *= 3
print(s)
n = 10
n -= 3; n //= 2; n **= 2; n <<= 1; n |= 1; n ^= 3; n &= 0xFF; n >>= 1; n %= 7
print(n)
f = 1.5
f /= 0.5
print(f)
nums = [3, 1, 2]
nums[1:] = sorted(nums[1:])
print(nums)
counter = {}
for word in "a b a c b a".split():
    counter[word] = counter.get(word, 0) + 1
print(counter)
value: int = 5
annotated: list
print(value, "annotated" in dir())
