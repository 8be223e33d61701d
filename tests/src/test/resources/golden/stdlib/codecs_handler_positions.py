# Error handlers of charmap_decode: a negative position counts from the end, a handler may replace exc.object,
# a position out of range is IndexError.
import codecs
def neg(exc): return 'XYZ', -1
codecs.register_error('t.neg', neg)
print(codecs.charmap_decode(b'\x02\x01\x00', 't.neg', 'a\ufffec'))
print(codecs.charmap_decode(b'\x02\x01\x00', 't.neg', {0: 'a', 1: 0xfffe, 2: 'c'}))
def change(exc):
    exc.object = b'\x03\x02'
    return 'A', 1
codecs.register_error('t.change', change)
print(codecs.charmap_decode(b'\x02\x01\x00zzz', 't.change', 'a\ufffec\ufffe'))
def far(exc): return 'X', 99
codecs.register_error('t.far', far)
try: codecs.charmap_decode(b'\x01', 't.far', 'a\ufffe')
except IndexError as e: print("IndexError", e)
