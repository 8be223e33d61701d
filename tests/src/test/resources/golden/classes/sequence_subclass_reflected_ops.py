class C(object):
    def __radd__(self, other): return "RADD"
    def __add__(self, other): return "ADD"
class L(list): pass
class T(tuple): pass
class BA(bytearray): pass
class B(bytes): pass
class S(str): pass
for v in [L([1]), T((1,)), BA(b'a'), B(b'a'), S('a'), [1], (1,), b'a', bytearray(b'a'), 'a']:
    try: print(type(v).__name__, v + C(), C() + v)
    except Exception as e: print(type(v).__name__, type(e).__name__, e)
class M:
    def __rmul__(self, o): return "RMUL"
    def __mul__(self, o): return "MUL"
for v in [L([1]), T((1,)), S('a'), [1], 'a']:
    print(v * M(), M() * v, v * 2, 2 * v)
for a, b in [(L([1]), 3), (S('a'), 3), (T((1,)), 'x'), (L([1]), L([2])), (S('a'), S('b')), (T((1,)), (2,))]:
    try: print(a + b)
    except TypeError as e: print(e)
