people = [("alice", 30), ("bob", 25), ("carol", 35), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted([2.5, 1, 3]))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]))
try:
    sorted([1, "x", 2])
except TypeError as e:
    print("TypeError:", e)
from operator import itemgetter
print(sorted(people, key=itemgetter(1, 0)))
print(list(reversed(sorted(range(5)))))
stable = sorted([("b", 1), ("a", 1), ("c", 0)], key=lambda t: t[1])
print(stable)
