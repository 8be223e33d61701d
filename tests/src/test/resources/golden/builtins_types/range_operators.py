# Comparisons of ranges and slices through the operators, and big ranges; see KNOWN_FAILURES.md.
print(range(0) == range(5, 5), range(0, 3) == range(3), range(3) == [0, 1, 2], range(3) != range(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
print(range(0, 10)[1:8:3], range(10)[8:1:-3])
big = range(0, 10**20, 10**18)
print(len(big), big[5], big[-1], 10**19 in big, big.index(10**19))
