# Hand-written merge sort and quicksort over lists of ints: indexing, appends, slicing-free list work.
import sys
import time


def random_list(count, seed):
    state = seed
    values = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        values.append(state % 100000)
    return values


def merge_sort(values):
    if len(values) <= 1:
        return values
    middle = len(values) // 2
    left = merge_sort(values[:middle])
    right = merge_sort(values[middle:])
    merged = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    while i < len(left):
        merged.append(left[i])
        i += 1
    while j < len(right):
        merged.append(right[j])
        j += 1
    return merged


def quicksort(values, low, high):
    while low < high:
        pivot = values[(low + high) // 2]
        i = low
        j = high
        while i <= j:
            while values[i] < pivot:
                i += 1
            while values[j] > pivot:
                j -= 1
            if i <= j:
                values[i], values[j] = values[j], values[i]
                i += 1
                j -= 1
        # Recurse into the smaller part, loop on the larger one.
        if j - low < high - i:
            quicksort(values, low, j)
            low = i
        else:
            quicksort(values, i, high)
            high = j


def checksum(values):
    total = 0
    for index in range(len(values)):
        total = (total * 31 + values[index] * (index + 1)) % 1000000007
    return total


def run():
    values = random_list(40000, 7)
    by_merge = merge_sort(values)
    by_quick = list(values)
    quicksort(by_quick, 0, len(by_quick) - 1)
    same = by_merge == by_quick
    return f"{checksum(by_merge)} {same}"


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    result = None
    for i in range(iterations):
        start = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - start
        print(f"iteration {i} {elapsed:.6f}")
    print(f"result {result}")


main()
