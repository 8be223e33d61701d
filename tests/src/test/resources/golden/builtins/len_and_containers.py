print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(""))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(x for x in "ab")
except TypeError as e:
    print("TypeError:", e)
print(list(map(len, ["a", "bb", ""])))
print(min(len(w) for w in ["abc", "d"]), sorted(["ccc", "a", "bb"], key=len))
nums = [4, 8, 15, 16, 23, 42]
print(sum(nums) / len(nums), max(nums) - min(nums))
print(list(zip(nums, nums[1:])), [b - a for a, b in zip(nums, nums[1:])])
print(dict(enumerate("xyz")), list(enumerate(nums))[2:4])
