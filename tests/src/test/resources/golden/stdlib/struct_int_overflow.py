# struct.pack: an int that overflows any format (the pointer format and floats too) is struct.error.
import struct
for v in (2**64, -1, 2**64-1, -2**63-1, 2**70):
  try: print(struct.pack('P', v))
  except Exception as e: print(type(e).__name__, e)
for f in ('Q','q','L','I','B','b','n','N','P','l','h','H','i','?','e'):
  for v in (2**70, -2**70, 2**32):
    try: print(f, struct.pack(f, v))
    except Exception as e: print(f, type(e).__name__, e)
