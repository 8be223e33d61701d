# exec() of a function's code object, with closure= giving the cells of its free variables
from types import CellType

result = 0
def make_closure_functions():
    a = 2
    b = 3
    c = 5
    def three_freevars():
        global result
        nonlocal a, b
        result = a * b
        a += 1
    def four_freevars():
        global result
        nonlocal a, b, c
        result = a * b * c
    return three_freevars, four_freevars

three, four = make_closure_functions()
print(three.__code__.co_freevars, four.__code__.co_freevars)
exec(three.__code__, three.__globals__, closure=three.__closure__)
print(result, three.__closure__[0].cell_contents)
cells = (CellType(35), CellType(72))
exec(three.__code__, three.__globals__, closure=cells)
print(result, cells[0].cell_contents)

def f(a, b):
    def g():
        return a + b
    return g
g = f(1, 2)
namespace = {'a': 12, 'b': 23}
for closure in [None, (CellType(35), CellType(72), CellType(100)), [CellType(1), CellType(2)], (35, CellType(72))]:
    try:
        exec(g.__code__, namespace, namespace, closure=closure)
    except TypeError as e:
        print("TypeError", e)
def plain():
    print("plain ran")
try:
    exec(plain.__code__, namespace, namespace, closure=(CellType(1),))
except TypeError as e:
    print("TypeError", e)
exec(plain.__code__, namespace, namespace, closure=None)
try:
    exec('print(1)', namespace, namespace, closure=(CellType(1),))
except TypeError as e:
    print("TypeError", e)
try:
    eval(g.__code__)
except TypeError as e:
    print("TypeError", e)
