# the errors of calls with * and ** arguments, in CPython's order and wording
def f(*a, **k):
    pass


def one(a):
    pass


class M:
    def m(self, *a):
        pass

    def __call__(self, *a):
        pass

    def __repr__(self):
        return "<an M>"


nothing = None
for call in ("f(*1)", "f(1, *2)", "f(*[1], *3)", "f(*1, **2.0)", "f(**2)", "f(a=1, **2)", "f(**{}, **3)",
             "nothing(*1)", "nothing(**1)", "nothing(a=2, **{'a': 1})", "M().m(*1)", "M()(*1)", "M.m(*1)", "len(*1)",
             "f(**{1: 2})", "[*1]", "{**1}", "print(*1)", "one(6, a=4, *(1, 2, 3))", "one(1, 2, a=3)", "one(1, 2)",
             "one(b=1)", "f(a=1, **{'a': 2})"):
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
