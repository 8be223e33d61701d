# heapq and bisect: heaps kept in lists and searches in sorted lists, with CPython's orders and errors.
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), data)
print([heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [1, 8, 3, 9, 2]), heapq.nsmallest(2, [1, 8, 3, 9, 2]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [4, 2], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, "write")); heapq.heappush(tasks, (1, "plan")); heapq.heappush(tasks, (3, "ship"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
a = [1, 2, 4, 4, 5]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(records, 3, key=lambda r: r[0]))
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
