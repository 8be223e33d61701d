# Generators, coroutines and async generators have a __del__ slot (CPython's tp_finalize): calling it closes them.
g = (x for x in [1])
print('__del__' in dir(g), type(g).__dict__['__del__'])
print(g.__del__() is None, list(g))
print(dir(g))
def gen():
    try:
        yield 1
    finally:
        print('finally runs')
g = gen()
next(g)
g.__del__()
print('after __del__')
try:
    next(g)
except StopIteration:
    print('closed')
g2 = gen()
g2.__del__()
print(next(g2, 'unstarted generator closed'))
async def co():
    return 1
c = co()
print('__del__' in dir(c), type(c).__dict__['__del__'])
c.close()
async def ag():
    yield 1
a = ag()
print('__del__' in dir(a), type(a).__dict__['__del__'])
a.__del__()
try:
    type(g).__del__(1)
except TypeError as e:
    print(e)
