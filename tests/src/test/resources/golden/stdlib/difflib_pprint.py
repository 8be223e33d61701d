# The bundled difflib (SequenceMatcher, ndiff, unified_diff, get_close_matches) and pprint (pformat, pprint).
import difflib
import pprint

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
print(list(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
print("".join(difflib.ndiff("a\nb\nc\n".splitlines(True), "a\nB\nc\nd\n".splitlines(True))))
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["b\n", "c\n"]), 2)))
before = ["line %d\n" % i for i in range(12)]
after = before[:3] + ["inserted\n"] + before[3:8] + ["changed\n"] + before[9:]
print("".join(difflib.unified_diff(before, after, fromfile="a.txt", tofile="b.txt")))
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "heel"], n=2, cutoff=0.5))
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK(" "))
long_b = "ab" * 150
print(difflib.SequenceMatcher(None, "a" * 10, long_b).ratio(), sorted(difflib.SequenceMatcher(None, "", long_b).bpopular))

data = {"zeta": [1, 2, 3], "alpha": {"nested": (1,), "other": None}, "mid": "text"}
print(pprint.pformat(data))
print(pprint.pformat(data, width=30))
print(pprint.pformat(list(range(40))))
print(pprint.pformat([list(range(10)), {"k" * 30: "v" * 30, "a": 1}, ("t",) * 12], width=40))
print(pprint.pformat({3, 1, 2}), pprint.pformat(frozenset()), pprint.pformat(set()))
print(pprint.pformat({"s": set(range(30)), "f": frozenset(range(25))}))
print(pprint.pformat([1, [2, [3, [4]]]], depth=2))
print(pprint.pformat(list(range(30)), compact=True, width=40))
print(pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pprint({"printed": [1, 2], "also": "yes"})
pprint.pp({"b": 1, "a": 2})
recursive = [1, 2]
recursive.append(recursive)
print(pprint.saferepr(recursive).split(" with id")[0], pprint.isrecursive(recursive), pprint.isreadable([1, "a"]))
print(pprint.pformat(1234567, underscore_numbers=True), pprint.pformat("a string"), pprint.pformat(None))
words = "the quick brown fox jumps over the lazy dog " * 4
print(pprint.pformat(words))
print(pprint.pformat({"text": words, "lines": "first line\nsecond line that is rather long " * 3}))
print(pprint.pformat(["short", "x" * 100, "spaced " * 15]))
