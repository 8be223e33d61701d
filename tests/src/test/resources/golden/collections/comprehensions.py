print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print([n for row in matrix for n in row])
print({w: len(w) for w in "to be or not".split()})
print({c.lower() for c in "AbBa"} == {"a", "b"})
print(sum(x for x in range(101)), max(len(w) for w in ["aa", "b", "cccc"]))
x = "outer"
r = [x for x in "ab"]
print(x, r)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
gen = (c.upper() for c in "xyz")
print(next(gen), list(gen), list(gen))
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
