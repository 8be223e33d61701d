# locals(), vars() and dir() called through another name see the caller's variables, as CPython's do.
def f(a, b=2):
    c = 3
    l = locals
    print(sorted(l()), vars.__call__()['a'], (lambda g: g())(dir) if False else None)
    d = dir
    print(d())
    v = vars
    print(sorted(v()))
f(1)
x = 5
loc = locals
print('x' in loc(), loc() is globals())
class C:
    y = 1
    print(sorted(k for k in (locals)() if not k.startswith('__')), [n for n in (dir)() if not n.startswith('__')])
print([sorted(m) for m in map(lambda fn: fn(), [locals])][0][:3])
