# sys.unraisablehook receives what cannot be raised (an exception in __del__) as UnraisableHookArgs; a failing hook
# is itself reported; sys.__unraisablehook__ prints the default report. Raise statements mark their range.
import sys

class D:
    def __del__(self): raise ValueError("in del")

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.err_msg, args.object.__qualname__,
                 args.exc_traceback is not None, type(args).__name__))

sys.unraisablehook = hook
D()
print(seen)
def bad_hook(args): raise RuntimeError("hook failed")
sys.unraisablehook = bad_hook
D()
sys.unraisablehook = sys.__unraisablehook__
D()
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.getdefaultencoding(), sys.maxunicode,
      sys.float_repr_style, sys.pycache_prefix)
