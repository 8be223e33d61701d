# The z format flag (complex too); iter(callable, sentinel) re-entered until exhausted; reversed list iterator hints
for spec, v in [(".1f", -0.), (".1f", -.01), ("z.1f", -0.), ("z6.1f", 0.), ("z.1f", -0), ("z.2e", -0.001), ("z.2g", -0.001), ("z.2%", -0.001), ("z.1f", -.09), (" z.0f", -0.), ("+z.0f", -0.), ("z.1f", -0.j), ("z.1f", -.01j), ("z>6.1f", -0.), ("z>z6.1f", -0.), ("🖤>z6.1f", -0.), ("z.1e", -0.), ("z.1f", .09)]:
    try: print(repr(format(v, spec)))
    except Exception as e: print(type(e).__name__, e)
for spec, v in [("z", 1.0), ("zd", 1), ("z.1f", "s")]:
    try: print(repr(format(v, spec)))
    except Exception as e: print(type(e).__name__, e)
HAS_MORE, NO_MORE = 1, 2
def spam():
    if spam.rec: return NO_MORE
    spam.rec = True
    list(spam.iterator)
    return HAS_MORE
spam.rec = False
spam.iterator = iter(spam, NO_MORE)
try: next(spam.iterator); print("no stop")
except StopIteration: print("stop")
n = 10; d = list(range(n)); it = reversed(d); next(it); next(it)
print(it.__length_hint__()); d.append(n); print(it.__length_hint__()); d[1:] = []
print(it.__length_hint__(), list(it)); d.extend(range(20)); print(it.__length_hint__())
class NoDoc: pass
print(object.__text_signature__, NoDoc.__text_signature__, type(len).__text_signature__)
