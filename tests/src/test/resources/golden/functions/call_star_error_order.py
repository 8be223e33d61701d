# The order of errors in calls with *iterable and **mapping: positional unpacking first (a lone *iterable after
# the ** merges), then keywords in order.
def f(*a, **k): pass
for src in ["f(*1, **1.0)", "f(*1, **{'a': 1})", "f(*[1], **1.0)", "f(*1, x=1, **1.0)", "f(0, *1, **1.0)", "f(*1, **{'a':1}, **{'a':2})", "f(*1, x=1/0)"]:
    try: eval(src)
    except Exception as e: print(src, type(e).__name__, e)
