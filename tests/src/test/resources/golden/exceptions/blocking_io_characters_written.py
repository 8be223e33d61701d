# BlockingIOError's third argument is characters_written (exact type only), which can be unset
e = BlockingIOError(11, 'x', 5); print(e.characters_written, e.filename, e.args, str(e))
e.characters_written = 7; print(e.characters_written)
del e.characters_written
try: e.characters_written
except AttributeError as x: print("AttributeError", x)
try: del e.characters_written
except AttributeError as x: print("AttributeError", x)
e2 = BlockingIOError(11, 'x')
try: e2.characters_written
except AttributeError as x: print("AttributeError", x)
try: e.characters_written = 'a'
except TypeError as x: print("TypeError", x)
try: BlockingIOError(11, 'x', 2.5)
except TypeError as x: print("TypeError", x)
e3 = OSError(11, 'x', 5); print(type(e3).__name__, e3.filename, e3.args, e3.characters_written)
e4 = OSError(2, 'y', 5); print(type(e4).__name__, e4.filename, e4.args, hasattr(e4, "characters_written"))
class B(BlockingIOError): pass
b = B(11, 'x', 5)
print(b.filename, b.args, hasattr(b, "characters_written"))
print(BlockingIOError(11, 'x', 'name').filename)
import _io; print(_io.BlockingIOError is BlockingIOError)
