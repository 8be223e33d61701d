# difflib.context_diff: headers, hunks, ranges, n
import difflib
a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n".splitlines(True)
b = "zero\none\n2\nthree\nfour\nfive\nsix\nseven\neight\nten\neleven\n".splitlines(True)
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt", "d1", "d2")))
print("".join(difflib.context_diff(a, b, n=1)))
print(list(difflib.context_diff([], ["x"])))
print(list(difflib.context_diff(["x"], [])))
print(list(difflib.context_diff(["x"], ["x"])))
