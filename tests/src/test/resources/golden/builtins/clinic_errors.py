# Argument errors of builtins worded as CPython's Argument Clinic words them.
cases = [("dict.get({})", lambda: dict.get({})), ("{}.get(1,2,3)", lambda: {}.get(1, 2, 3)), ("divmod(1)", lambda: divmod(1)),
         ("isinstance(1)", lambda: isinstance(1)), ("getattr(1,2,3,4)", lambda: getattr(1, 2, 3, 4)), ("[].insert(1)", lambda: [].insert(1)),
         ("hasattr(1)", lambda: hasattr(1)), ("enumerate([], strt=1)", lambda: enumerate([], strt=1)), ("int(x=1)", lambda: int(x=1)),
         ("sorted(..)", lambda: sorted([2, 1], reverse=True, key=None)), ("max(.., default)", lambda: max([1], default=0))]
for code, f in cases:
    try:
        print(code, f())
    except TypeError as e:
        print(f"{code:25} {e}")
