nums = [5, 3, 8, 1]
nums.append(7)
nums.insert(0, 10)
nums.extend([2, 2])
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums)
nums.remove(2)
print(nums, nums.index(8), nums.count(2))
nums.sort()
print(nums)
nums.reverse()
print(nums)
copy = nums.copy()
copy.append(99)
print(nums, copy)
print(nums + [0], [0] * 3, [[0] * 2] * 2, 3 in nums)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
del nums[0]
print(nums)
del nums[1:3]
print(nums)
nums.clear()
print(nums, bool(nums))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
print(list("abc"), list(range(3)), list((1, 2)), [1, [2, [3]]])
