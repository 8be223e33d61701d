# array.array through pickle: lists for protocols 0-2, raw bytes and array._array_reconstructor after
import array, pickle, copy
class Sub(array.array):
    pass
values = [array.array('b', [1, -2]), array.array('B', [1, 255]), array.array('h', [-300]), array.array('H', [60000]),
          array.array('i', [1, -2]), array.array('I', [2**32 - 1]), array.array('l', [-2**63]), array.array('L', [2**64 - 1]),
          array.array('q', [5]), array.array('Q', [2**63]), array.array('f', [1.5]), array.array('d', [0.1, -2.0]),
          array.array('u', 'h\u00e9\U0001F600'), array.array('i'), Sub('i', [1, 2])]
for a in values:
    print(a.__reduce_ex__(2), a.__reduce_ex__(3)[1:], a.__reduce_ex__(3)[0].__name__)
    for p in range(6):
        d = pickle.dumps(a, p)
        b = pickle.loads(d)
        print(p, d, b == a, type(b).__name__)
print(copy.deepcopy(values[-1]), copy.copy(values[0]))
s = Sub('b', [1]); s.x = 5
print(pickle.loads(pickle.dumps(s, 4)).x, s.__reduce_ex__(4))
r = array._array_reconstructor
print(r(array.array, 'i', 9, b'\x00\x00\x00\x01\xff\xff\xff\xfe'))
print(r(array.array, 'd', 17, b'?\xf8\x00\x00\x00\x00\x00\x00'))
print(r(array.array, 'Q', 11, b'\xff' * 8))
print(r(array.array, 'h', 1, b'\xff\x01'))
for args in [(1, 'i', 8, b''), (int, 'i', 8, b''), (array.array, 'z', 8, b''), (array.array, 'i', 99, b''), (array.array, 'i', 8, 'x'),
             (array.array, 'b', 0, b'\xff')]:
    try:
        print(r(*args))
    except Exception as e:
        print(type(e).__name__, e)
