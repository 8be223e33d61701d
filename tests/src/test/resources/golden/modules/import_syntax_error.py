print("importing a module with a syntax error")
try:
    import _broken_syntax
except SyntaxError as e:
    print("caught SyntaxError:", e.msg, "at line", e.lineno)
import _broken_syntax
