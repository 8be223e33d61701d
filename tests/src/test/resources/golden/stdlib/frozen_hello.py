# The frozen test modules __hello__, __phello__ (a package) and __hello_only__.
import __hello__

print(__hello__.initialized, __hello__.__name__, __hello__.__doc__)
print([name for name in sorted(vars(__hello__)) if not name.startswith("__")])
print(__hello__.TestFrozenUtf8_1.__doc__, __hello__.TestFrozenUtf8_2.__doc__, __hello__.TestFrozenUtf8_4.__doc__)
__hello__.main()

import __phello__
import __phello__.spam
import __phello__.ham.eggs

print(__phello__.initialized, hasattr(__phello__, "__path__"), __phello__.__package__, __phello__.spam.__package__)
print([name for name in sorted(vars(__phello__)) if not name.startswith("__")])
print([name for name in sorted(vars(__phello__.spam)) if not name.startswith("__")])
print([name for name in sorted(vars(__phello__.ham.eggs)) if not name.startswith("__")], __phello__.ham.eggs.__name__)
__phello__.main()
__phello__.spam.main()

print("before __hello_only__")
import __hello_only__
print(__hello_only__.initialized)
import __hello_only__
