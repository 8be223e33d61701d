# errors of * and ** unpacking in displays and calls name the callee as CPython does (module.qualname)
x = 1 + 2j
print(x.__complex__() is x, type(x.__complex__()).__name__)
for source in ("[*12]", "(*12,)", "{*12}", "[*None, 1]"):
    try:
        eval(source)
    except TypeError as e:
        print(source, "->", e)


def f(*args, **kwargs):
    return args


class C:
    def method(self, *args):
        return args


for call in (lambda: print(*12), lambda: f(*12), lambda: f(**12), lambda: C().method(*3.5), lambda: C(*1),
             lambda: (lambda *a: a)(*12), lambda: f(**{1: 2}), lambda: len(*5)):
    try:
        call()
    except TypeError as e:
        print(e)
try:
    {**12}
except TypeError as e:
    print(e)
