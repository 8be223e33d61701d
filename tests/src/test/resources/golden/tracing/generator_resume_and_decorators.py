# A decorator's call is on its own line; a generator resumed under a tracer it started without reports
# 'call' at its yield and then its lines; a suspended generator's frame shows its yield's line
import traceback, sys
def dec_error(func):
    raise TypeError("boom")
def dec_fine(func):
    return func
def applydecs():
    @dec_error
    @dec_fine
    def g(): pass
try:
    applydecs()
except TypeError:
    for f in traceback.extract_tb(sys.exc_info()[2]): print(f.name, f.lineno, f.line)
import sys
def gen():
    yield 1
    yield 2
ev = []
def non_stepping(frame, event, arg):
    if frame.f_code is gen.__code__: return None
    return non_stepping
def stepping(frame, event, arg):
    if frame.f_code is gen.__code__: ev.append((event, frame.f_lineno))
    return stepping
g = gen()
sys.settrace(non_stepping); next(g); sys.settrace(None)
sys.settrace(stepping)
try: next(g)
except StopIteration: pass
sys.settrace(None)
print(ev)
g = gen()
ev = []
next(g)
sys.settrace(stepping)
next(g)
sys.settrace(None)
print(ev)
def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
