for src in ("def f(**__debug__): pass", "def f(*__debug__): pass", "def f(__debug__): pass", "def f(__debug__=1): pass",
            "def f(**kwargs): pass\nf(__debug__=1)", "__debug__=1", "obj.__debug__ = 1", "(__debug__ := 1)", "del __debug__",
            "(a, __debug__, c) = (1, 2, 3)", "(a, *__debug__, c) = (1, 2, 3)", "__debug__ : int", "__debug__ : int = 1",
            "import sys as __debug__", "from sys import path as __debug__", "[x for __debug__ in range(5)]",
            "for __debug__ in []: pass", "with x as __debug__: pass", "class __debug__: pass", "def __debug__(): pass",
            "lambda __debug__: 1", "try:\n  pass\nexcept E as __debug__: pass", "import __debug__", "f(__debug__=1)",
            "global __debug__", "__debug__ += 1", "x.__debug__ += 1", "match x:\n  case __debug__: pass", "def f[__debug__](): pass",
            "type __debug__ = int"):
    try:
        compile(src, "<test>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
