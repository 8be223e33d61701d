import _counter_state
from _counter_state import bump, count
bump()
bump()
print(_counter_state.count, count)
import _counter_state as again
print(again.bump())
print(type(_counter_state).__name__, sorted(k for k in dir(_counter_state) if not k.startswith("__")))
try:
    import _does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from _counter_state import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
