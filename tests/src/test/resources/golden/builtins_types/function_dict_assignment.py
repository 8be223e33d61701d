def f(): pass
for v in (None, 1):
    try:
        f.__dict__ = v
    except TypeError as e: print(e)
try:
    del f.__dict__
except TypeError as e: print(e)
import sys
m = type(sys)("m")
try:
    del m.__dict__
except Exception as e: print(type(e), e)
e = ValueError()
try:
    del e.__dict__
except Exception as ex: print(type(ex), ex)
print(f"{12345.6 + 7890.1j:,}", f"{1234567.25-2j:_.2f}", format(1j, ''), format(1e20+3j, ',g'))
