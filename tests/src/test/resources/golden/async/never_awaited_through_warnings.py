# Once the warnings module is loaded, the never-awaited RuntimeWarning goes through it: filters, record, showwarning
import warnings, gc

async def coro():
    pass

coro()
print("after the first")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = coro()
    del c
    gc.collect()
print([str(w.message) for w in caught], [w.category.__name__ for w in caught], [w.lineno for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("ignore", RuntimeWarning)
    coro()
print("ignored")

def show(message, category, filename, lineno, file=None, line=None):
    print("showwarning:", category.__name__, message, lineno)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    def inner():
        coro()
    inner()
