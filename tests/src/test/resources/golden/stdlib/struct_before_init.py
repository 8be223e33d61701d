# A Struct subclass sees size -1 and no format before Struct.__init__ runs
import struct
class S(struct.Struct):
    def __init__(self):
        print(self.size, self.format)
        super(S, self).__init__('b')
        print(self.size, self.format)
print(S().unpack(b'a'))
s = struct.Struct.__new__(struct.Struct)
print(s.size, s.format)
try: struct.Struct()
except TypeError as e: print(e)
