# signal functions check their signal number as a C int first
import signal
for args in [(0x8000000000000000, 0), (0x800000000000000, 0), (2**31, 0), (-1, 0), (0, 0), (99, 0), (signal.SIGALRM, 0x100), (signal.SIGALRM, 'string'), ('x', 0)]:
    try: print(signal.signal(*args))
    except Exception as e: print(type(e).__name__, e)
for args in [(2**70,), (99,), (-1,), ("x",)]:
    try: print(signal.getsignal(*args))
    except Exception as e: print(type(e).__name__, e)
try: signal.raise_signal(2**70)
except Exception as e: print(type(e).__name__, e)
