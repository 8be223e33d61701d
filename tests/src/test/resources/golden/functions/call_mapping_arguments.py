# f(**mapping) in calls: a dict subclass overriding __iter__ is read through keys(), others entry by entry; each
# ** mapping is merged as soon as it is evaluated, so a duplicate is found before later arguments are evaluated.
def f(**kw):
    return kw

class LowerKeys(dict):
    def __iter__(self):
        return iter(self.keys())
    def keys(self):
        return {k.lower() for k in super().keys()}

class KeysIgnored(dict):
    def keys(self):
        return {}
    def __getitem__(self, item):
        return None

class Mapping:
    def __init__(self, **kwargs):
        self.delegate = dict(kwargs)
    def keys(self):
        return self.delegate.keys()
    def __getitem__(self, item):
        return self.delegate[item]

print(f(**LowerKeys(a=1, A="ignored")), f(**KeysIgnored(a=1)), f(**Mapping(b=2)))
print(f(**LowerKeys(a=1), **Mapping(b=2), c=3, **KeysIgnored(d=4)))
print(dict(**LowerKeys(a=1, A="x")), {**LowerKeys(a=1, A="x")})

def attempt(text):
    try:
        print(eval(text))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt("f(**{'a': 1}, a=1/0)")
attempt("f(**{'a': 1}, **{'a': 2}, b=1/0)")
attempt("f(x=1, **{'x': 2})")
attempt("f(**1)")
attempt("f(**{1: 2})")
attempt("f(*[1], **{'a': 1})")
d = {"k": 1}
print(f(**d, **{"j": 2}), d)
