# What __len__ may return for len() and truth testing: an int, or anything with __index__; CPython's errors otherwise.
class I:
    def __index__(self): return 0
class C:
    def __len__(self): return I()
print(bool(C()), len(C()))
class B:
    def __len__(self): return True
print(len(B()))
class N:
    def __len__(self): return -1
try: len(N())
except ValueError as e: print(e)
try: bool(N())
except ValueError as e: print(e)
class Big:
    def __len__(self): return 2**70
try: len(Big())
except OverflowError as e: print(e)
class S:
    def __len__(self): return "x"
try: bool(S())
except TypeError as e: print(e)
