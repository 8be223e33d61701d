# zlib and gzip: compress output byte for byte as CPython's at every level and container, streaming objects
# with flushes, max_length and dictionaries, checksums, gzip members, and the error messages.
import zlib, gzip, random, hashlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: zlib.compress(b"x", 10))
t(lambda: zlib.compress(b"x", wbits=99))
t(lambda: zlib.compress(b"x", wbits=8))
t(lambda: zlib.decompress(b"x", wbits=99))
t(lambda: zlib.decompress(b"xxxxx"))
t(lambda: zlib.decompress(zlib.compress(b"hello")[:-2]))
t(lambda: zlib.decompress(zlib.compress(b"hello")[:-1] + b"\x00"))
t(lambda: zlib.decompress(zlib.compress(b"hello") + b"junk"))
t(lambda: zlib.decompress(b""))
t(lambda: zlib.decompress("abc"))
t(lambda: zlib.compress("abc"))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=31)))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=31), 47))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=31), 31))
t(lambda: zlib.decompress(zlib.compress(b"hello"), 47))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=-15), -15))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=-15)[:-1], -15))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=31)[:-3], 31))
x = bytearray(zlib.compress(b"hello", wbits=31)); x[-5] ^= 1
t(lambda: zlib.decompress(bytes(x), 31))
t(lambda: zlib.decompressobj().decompress(b"x", -1))
t(lambda: zlib.decompressobj(wbits=99))
t(lambda: zlib.compressobj(level=99))
t(lambda: zlib.compressobj(method=3))
t(lambda: zlib.compressobj(memLevel=0))
t(lambda: zlib.crc32("x"))
t(lambda: zlib.crc32(b"x", -1))
t(lambda: zlib.adler32(b"x", 2**40))
t(lambda: gzip.decompress(b"notgzipdata"))
t(lambda: gzip.decompress(b"\x1f\x8b\x08\x00"))
t(lambda: gzip.decompress(b""))
t(lambda: gzip.compress("x"))
t(lambda: zlib.compress(b"x", 0).hex())
t(lambda: zlib.compress(b"x", 1).hex())
t(lambda: zlib.compress(b"x", -1).hex())
t(lambda: zlib.compress(b"x", wbits=9).hex())
t(lambda: zlib.compress(b"x", wbits=31).hex())
t(lambda: zlib.compress(b"x", 9, wbits=31).hex())
t(lambda: zlib.compress(b"x", 1, wbits=31).hex())
t(lambda: gzip.compress(b"x", mtime=0).hex())
t(lambda: gzip.compress(b"x", 1, mtime=0).hex())
t(lambda: gzip.compress(b"x", 5, mtime=0).hex())
t(lambda: zlib.MAX_WBITS)
t(lambda: zlib.error.__module__)
t(lambda: gzip.BadGzipFile.__mro__)
t(lambda: zlib.decompress(zlib.compress(b"x"*1000), bufsize=1))
t(lambda: zlib.decompress(zlib.compress(b"x"), bufsize=-1))
t(lambda: zlib.decompress(zlib.compress(b"x"), bufsize=0))
random.seed(12345)
text = ("The quick brown fox jumps over the lazy dog. " * 50 + "".join(chr(random.randrange(32, 127)) for _ in range(3000))).encode()
noise = bytes(random.getrandbits(8) for _ in range(5000))
big = text * 40 + noise
samples = [b"", b"a", b"hello world", text, noise, big, bytes(100000)]
def h(b): return hashlib.sha256(b).hexdigest()[:16] + f"/{len(b)}"
for s in samples:
    for level in range(-1, 10):
        c = zlib.compress(s, level)
        assert zlib.decompress(c) == s
        print(level, h(c))
    for wbits in (-15, 31):
        c = zlib.compress(s, 6, wbits); print(wbits, h(c), zlib.decompress(c, wbits) == s, zlib.decompress(c, 47) == s if wbits == 31 else '')
    print(hex(zlib.crc32(s)), hex(zlib.adler32(s)), zlib.crc32(s, 12345), zlib.adler32(s, 99))
print(zlib.compress(b"hello hello hello", wbits=9).hex(), zlib.compress(b"abc", 9, wbits=12).hex())
for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY):
    c = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy); print(strategy, h(c.compress(big) + c.flush()))
c = zlib.compressobj()
parts = [c.compress(text[:1000]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(text[1000:]), c.flush(zlib.Z_FULL_FLUSH), c.compress(noise), c.flush()]
print([h(p) for p in parts])
stream = b"".join(parts)
d = zlib.decompressobj()
out = b""
for i in range(0, len(stream), 777):
    out += d.decompress(stream[i:i+777])
print(out == text + noise, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
chunks = []
data = stream + b"TRAILING"
chunks.append(d.decompress(data, 100))
while d.unconsumed_tail and not d.eof:
    chunks.append(d.decompress(d.unconsumed_tail, 100))
print([len(x) for x in chunks][:5], len(chunks), b"".join(chunks) == text + noise, d.eof, d.unused_data)
print(d.decompress(b"after"), d.unused_data)
zd = b"quick brown fox lazy dog"
c = zlib.compressobj(zdict=zd); comp = c.compress(text) + c.flush(); print(h(comp))
d = zlib.decompressobj(zdict=zd); print(d.decompress(comp) == text)
try: zlib.decompress(comp)
except zlib.error as e: print(e)
c = zlib.compressobj(wbits=-15, zdict=zd); comp = c.compress(text) + c.flush(); print(h(comp))
d = zlib.decompressobj(wbits=-15, zdict=zd); print(d.decompress(comp) == text)
c = zlib.compressobj(9, wbits=31); g = c.compress(big) + c.flush(); print(h(g))
d = zlib.decompressobj(31); print(d.decompress(g[:5]) + d.decompress(g[5:12]) + d.decompress(g[12:-3]) == big, d.eof, d.decompress(g[-3:]) , d.eof)
d = zlib.decompressobj(); r = d.decompress(zlib.compress(b"abc") + b"xyz"); print(r, d.unused_data, d.eof, d.decompress(b"more"), d.unused_data)
d = zlib.decompressobj(); r = d.decompress(zlib.compress(b"abcdef" * 100), 10); print(r, len(d.unconsumed_tail) > 0, len(d.flush()), d.eof)
print(h(gzip.compress(big, mtime=0)), h(gzip.compress(big, 5, mtime=1234567)), h(gzip.compress(b"", 1, mtime=7)))
print(gzip.decompress(gzip.compress(big, mtime=3)) == big)
print(gzip.decompress(gzip.compress(b"one", mtime=3) + b"\0\0\0" + gzip.compress(b"two", mtime=0)))
full = b"\x1f\x8b\x08\x1c" + b"\0" * 6 + b"\x03\x00xyz" + b"name\0" + b"comment\0" + zlib.compress(b"payload", wbits=-15) + zlib.crc32(b"payload").to_bytes(4, "little") + (7).to_bytes(4, "little")
print(gzip.decompress(full), zlib.decompress(full, 31), zlib.decompress(full, 47))
bad = bytearray(gzip.compress(b"payload", mtime=0)); bad[-1] ^= 1
for f in (lambda: gzip.decompress(bytes(bad)), lambda: zlib.decompress(bytes(bad), 31), lambda: gzip.decompress(gzip.compress(b"x" * 50)[:-5]), lambda: gzip.decompress(b"\x1f\x8b\x09" + b"\0" * 20), lambda: zlib.decompress(b"\x1f\x8b\x09" + b"\0" * 20, 31)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
c = zlib.compressobj(); c.compress(b"a"); print(c.flush())
for f in (lambda: c.compress(b"b"), lambda: c.flush(), lambda: zlib.decompressobj().flush(0), lambda: zlib.decompress(zlib.compress(b"x")[:3] + b"\xff" * 10)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(type(c).__name__, type(zlib.decompressobj()).__name__, type(c).__module__)
for level in (0, 6):
    for wb in (15, -15, 31):
        print(level, wb, h(zlib.compress(big * 3, level, wb)))
        c = zlib.compressobj(level, wbits=wb); print(h(c.compress(big * 3) + c.flush()))
        c = zlib.compressobj(level, wbits=wb); print(h(c.compress(big) + c.flush(zlib.Z_SYNC_FLUSH) + c.compress(big * 2) + c.flush()))
    print(h(gzip.compress(big * 3, level, mtime=0)), h(gzip.compress(big * 3, level, mtime=1)))
