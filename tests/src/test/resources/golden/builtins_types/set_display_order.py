# Set displays print in CPython order; see KNOWN_FAILURES.md (constant displays).
print({10, 20, 30, 40, 50, 60})
print({1, 9, 17, 25, 33, 41})
x = 5
print({x, 13, 21, 29, 37, 45})
print({100, 200, 300, 400, 500, 33, 65, 97})
print(set([100, 200, 300, 400, 500, 33, 65, 97]))
print({*[100, 200, 300], 400, 500, 33, 65, 97})
print({i * 8 for i in range(7)})
print(frozenset({10, 20, 30, 40, 50, 60}))
s = {7, 15}; s |= {23, 31, 39, 47}; print(s)
print({-5, -13, 3, 11, 19, 27, 35})
