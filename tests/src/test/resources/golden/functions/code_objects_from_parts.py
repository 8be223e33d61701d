# Code objects made from their parts: types.CodeType, code.replace, code equality, and running them
import types

def f(a, b=2, *, c=3):
    x = a + b + c
    return x

co = f.__code__
parts = [co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize, co.co_flags,
         co.co_code, co.co_consts, co.co_names, co.co_varnames, co.co_filename, co.co_name, co.co_qualname,
         co.co_firstlineno, co.co_linetable, co.co_exceptiontable]
copy = types.CodeType(*parts)
print(copy == co, hash(copy) == hash(co), copy is co, copy != co)
print(copy.co_varnames, copy.co_freevars, copy.co_cellvars, copy.co_consts == co.co_consts)

for i, bad in [(0, -1), (0, "x"), (6, "str"), (7, [1]), (8, ["a"]), (8, (1,)), (10, 5), (11, b"x"), (13, "1"),
               (14, "t"), (3, 0), (9, ("a",))]:
    wrong = list(parts)
    wrong[i] = bad
    try:
        types.CodeType(*wrong)
        print(i, "made")
    except Exception as e:
        print(i, type(e).__name__, e)
for args, kwargs in [(parts[:10], {}), (parts, {"co_name": "x"})]:
    try:
        types.CodeType(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)

renamed = co.replace(co_name="g", co_firstlineno=10)
print(renamed.co_name, renamed.co_qualname, renamed.co_firstlineno, renamed == co, renamed.co_code == co.co_code)
for kwargs in [dict(co_name=1), dict(co_argcount="x"), dict(co_consts=[1]), dict(bogus=1), dict(co_varnames=("a",)),
               dict(co_nlocals=1), dict(co_argcount=-2), dict(co_code=b"\x00")]:
    try:
        co.replace(**kwargs)
        print(kwargs, "made")
    except Exception as e:
        print(kwargs, type(e).__name__, e)
try:
    co.replace(1)
except TypeError as e:
    print("TypeError", e)

# running them: a function of replaced code, a function whose __code__ is replaced, exec and eval
g = types.FunctionType(renamed, globals())
print(g(1, 2, c=3), g.__name__, g.__qualname__, g.__code__.co_name)
f.__code__ = f.__code__.replace(co_consts=tuple(99 if c == 3 else c for c in co.co_consts))
print(f(1, 2, c=10), f.__code__ == co)
exec(compile("print('exec of replaced module code', __name__)", "<s>", "exec").replace(co_filename="zz"))
print(eval(compile("6 * 7", "<e>", "eval").replace(co_name="<other>")))

def h():
    print("h ran")
    return "h result"
exec(h.__code__)
print(eval(h.__code__))

def boom(n):
    return 10 // n
b = types.FunctionType(boom.__code__.replace(co_name="renamed"), globals())
try:
    b(0)
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(type(e).__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno - boom.__code__.co_firstlineno)

# a line table with no line numbers: the frame's line is None
def nolines():
    1 / 0
nolines.__code__ = nolines.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
try:
    nolines()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lineno, tb.tb_frame.f_lineno)
