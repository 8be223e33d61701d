# compile(), exec() and eval() of sources given as bytes-like objects (PEP 263 decoding), and 'single' mode.
from array import array

exec(b'print("exec bytes", 1 + 1)')
exec(bytearray(b'print("exec bytearray")'))
exec(memoryview(b'print("exec memoryview")'))
print(eval(b'2 * 21'), eval(bytearray(b' 1 + 2')), eval(memoryview(b'3 + 4')))
print(eval(array('b', b'5 * 5')))
code = compile(b'x = 10\nprint("compiled", x)', 'bytes_file', 'exec')
print(code.co_filename)
exec(code)
print(eval(compile(bytearray(b'1 + 4'), 'f', 'eval')))

# the source's encoding: UTF-8 by default, a coding declaration in the first two lines, a BOM
exec(b'print("utf-8:", "\xc3\xa9")')
exec(b'# -*- coding: latin-1 -*-\nprint("latin-1:", "\xe9")')
exec(b'#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nprint("second line:", "\xe9")')
exec(b'x = 1\n# coding: latin-1\nprint("third line is too late:", "\xc3\xa9")')
exec(b'\xef\xbb\xbfprint("after a BOM")')
exec(b'\xef\xbb\xbf# coding: utf-8\nprint("BOM and utf-8")')

def show(source, filename=None):
    try:
        if filename is None:
            exec(source)
        else:
            compile(source, filename, 'exec')
        print("no error")
    except SyntaxError as e:
        print(type(e).__name__, e.args, e.lineno, e.offset, e.end_lineno, e.end_offset)

show(b'\xff')
show(b'x = 1\n\xfe\n', 'fname')
show(b'# coding: no-such-codec\n1')
show(b'\xef\xbb\xbf# coding: latin-1\n1')
show(b'1\x002')

for bad in [1, None, [b'1']]:
    for f in (eval, exec):
        try:
            f(bad)
        except TypeError as e:
            print(e)
try:
    compile(3.5, 'f', 'exec')
except TypeError as e:
    print(e)

# 'single' mode shows the value of every expression statement of the module's code, in blocks too,
# but not inside function or class bodies
exec(compile("if 1:\n  10 + 1\n  for i in range(2): i\nelse: 0\n", "file", "single"))
exec(compile("while True:\n  'loop'\n  break\n", "file", "single"))
exec(compile("try:\n  'try'\n  1/0\nexcept ZeroDivisionError:\n  'except'\nfinally:\n  None\n", "file", "single"))
exec(compile("with open(__file__) as f: 'with'\n", "file", "single"))
exec(compile("class A:\n  7\n  def f(self): 8\n  print('class body ran')\n", "file", "single"))
exec(compile("def g():\n  9\n  return 10\n", "file", "single"))
exec(compile("g()", "file", "single"))
exec(compile("if 0: pass\nelif 1: [1, 2]\n", "file", "single"))
