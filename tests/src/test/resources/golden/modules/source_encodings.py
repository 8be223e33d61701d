# The program itself starts with a byte order mark; its imports are in other encodings.
import _bom_module
import _latin1_module

print(_bom_module.__doc__)
print(_bom_module.GREETING, len(_bom_module.GREETING))
print(_latin1_module.__doc__)
print(_latin1_module.WORD, len(_latin1_module.WORD), [hex(ord(c)) for c in _latin1_module.WORD])

# a byte order mark inside a string given to exec is not skipped
try:
    exec("\ufeffx = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
# compile() of bytes skips it
ns = {}
exec(compile(b"\xef\xbb\xbfy = 2", "<bytes>", "exec"), ns)
print(ns["y"])
