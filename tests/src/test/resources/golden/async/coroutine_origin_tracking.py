# sys.set_coroutine_origin_tracking_depth: cr_origin and the never-awaited warning's origin lines
import sys, contextlib, warnings
def here():
    f = sys._getframe().f_back
    return (f.f_code.co_filename, f.f_lineno)
async def corofn():
    pass
def test():
    with contextlib.closing(corofn()) as coro:
        print(coro.cr_origin)
    print(sys.get_coroutine_origin_tracking_depth())
    sys.set_coroutine_origin_tracking_depth(1)
    fname, lineno = here()
    with contextlib.closing(corofn()) as coro:
        print(coro.cr_origin == ((fname, lineno + 1, "test"),))
    sys.set_coroutine_origin_tracking_depth(2)
    def nested():
        return (here(), corofn())
    fname, lineno = here()
    ((nested_fname, nested_lineno), coro) = nested()
    with contextlib.closing(coro):
        print(coro.cr_origin == ((nested_fname, nested_lineno, "nested"), (fname, lineno + 1, "test")))
    sys.set_coroutine_origin_tracking_depth(1000)
    with contextlib.closing(corofn()) as coro:
        print(1 <= len(coro.cr_origin) < 1000, [x[2] for x in coro.cr_origin])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corofn()
    print(str(caught[0].message).replace(__file__, "FILE"))
    sys.set_coroutine_origin_tracking_depth(0)
    print(sys.get_coroutine_origin_tracking_depth())
    for bad in (-1, "x"):
        try: sys.set_coroutine_origin_tracking_depth(bad)
        except Exception as e: print(type(e).__name__, e)
test()
