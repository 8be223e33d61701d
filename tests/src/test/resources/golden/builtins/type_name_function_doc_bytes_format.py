# Class names are checked like CPython's (null characters, lone surrogates); a function made from a code object keeps
# its docstring; bytes %-formatting names %i as %d; bytes.translate returns an unchanged bytes object itself.
class A: pass
for v in ('a\x00b', '\udcdc', '\U0001f600', 'ok'):
    try:
        A.__name__ = v; print(ascii(A.__name__))
    except (ValueError, UnicodeEncodeError) as e: print(type(e).__name__, e)
def foo():
    """my doc"""
    return 1
foo2 = type(foo)(foo.__code__, foo.__globals__, foo.__name__, foo.__defaults__, foo.__closure__)
print(foo2.__doc__, foo2())
foo.__doc__ = "changed"
print(type(foo)(foo.__code__, {}).__doc__)
def nodoc(): pass
print(type(nodoc)(nodoc.__code__, {}).__doc__)
for spec in (b'%i', b'%d', bytearray(b'%x')):
    try: spec % 2j
    except TypeError as e: print(e)
b = b'ahoj'
print(b.translate(None) is b, b.translate(None, b'') is b, bytearray(b).translate(None) is b)
