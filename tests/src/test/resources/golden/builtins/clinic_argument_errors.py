# Argument errors of builtins that take keywords (Argument Clinic's wording) and of the str/bytes search methods
# (PyArg_ParseTuple's wording).
checks = [lambda: sum(), lambda: sum(1, 2, 3), lambda: sum([], start=1, x=2), lambda: round(), lambda: round(1, 2, 3),
          lambda: round(x=1), lambda: round(1, x=2), lambda: "a".startswith(), lambda: "a".startswith(1, 2, 3, 4),
          lambda: "a".endswith(), lambda: b"a".find(), lambda: "a".count(), lambda: "a".index("a", 1, 2, 3),
          lambda: min(), lambda: max(1, key=3, x=1), lambda: "a".split(1, 2, 3), lambda: "a".split(x=1),
          lambda: [].index(), lambda: "a".find(), lambda: [].sort(1), lambda: (5).to_bytes(1, "big", 3),
          lambda: int.from_bytes(), lambda: "a".encode("utf-8", "strict", 1)]
for check in checks:
    try:
        check()
    except TypeError as e:
        print(e)
