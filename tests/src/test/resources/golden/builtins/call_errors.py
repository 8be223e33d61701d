def attempt(description, action):
    try:
        action()
    except TypeError as e:
        print(f"{description:<28} TypeError: {e}")
def greet(name, greeting="hi", *, loud=False):
    return greeting + name
attempt("greet()", lambda: greet())
attempt("greet(1, 2, 3)", lambda: greet(1, 2, 3))
attempt("greet('a', lod=True)", lambda: greet("a", lod=True))
attempt("len()", lambda: len())
attempt("len(1, 2)", lambda: len(1, 2))
attempt("len(5)", lambda: len(5))
attempt("abs('x')", lambda: abs("x"))
attempt("[].append()", lambda: [].append())
attempt("','.join('a', 'b')", lambda: ",".join("a", "b"))
attempt("{}.get()", lambda: {}.get())
attempt("print(sepp=1)", lambda: print(sepp=1))
attempt("getattr(1)", lambda: getattr(1))
attempt("'a'.replace()", lambda: "a".replace())
attempt("'a'.split(1)", lambda: "a".split(1))
attempt("int([])", lambda: int([]))
attempt("sum(1)", lambda: sum(1))
attempt("None + 1", lambda: None + 1)
attempt("iter(5)", lambda: iter(5))
attempt("next([1])", lambda: next([1]))
