# hashlib and hmac: every guaranteed hash, blake2 parameters, shake lengths, copies, pbkdf2, file_digest, errors.
import hashlib
import hmac


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
for name in sorted(hashlib.algorithms_guaranteed):
    for data in (b"", b"abc", b"x" * 1000):
        h = hashlib.new(name, data)
        shown = h.hexdigest(20) if name.startswith("shake") else h.hexdigest()
        print(name, h.name, h.digest_size, h.block_size, shown)

# constructors, update in pieces, copy, digest vs hexdigest
h = hashlib.sha256()
for piece in (b"The quick ", bytearray(b"brown fox "), memoryview(b"jumps over the lazy dog")):
    h.update(piece)
c = h.copy()
c.update(b".")
print(h.hexdigest(), c.hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()), type(h.digest()).__name__, len(h.digest()))
print(hashlib.md5(b"a", usedforsecurity=False).hexdigest())
print(hashlib.sha1(string=b"abc").hexdigest())
print(hashlib.new("SHA256", b"abc").name, hashlib.new("sha3_256").name)
print(type(hashlib.sha256()).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2b()).__name__)
print(hashlib.sha512(b"z" * 129).hexdigest())
print(hashlib.sha3_512(b"q" * 200).hexdigest())

# blake2
print(hashlib.blake2b(b"hi", digest_size=20, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.blake2s(b"hi", digest_size=20, key=b"k" * 32, salt=b"s", person=b"p", last_node=True, node_offset=5,
                      fanout=2, depth=3, leaf_size=7, node_depth=1, inner_size=4).hexdigest())
print(hashlib.blake2b(b"hi", key=b"k" * 64, last_node=True, node_offset=5, fanout=2, depth=3, leaf_size=7,
                      node_depth=1, inner_size=4).hexdigest())
print(hashlib.new("blake2b", b"a", digest_size=10).hexdigest())
b = hashlib.blake2b(b"y" * 127)
b.update(b"z")
print(b.hexdigest())
b.update(b"q" * 300)
c = b.copy()
c.update(b"1")
print(b.hexdigest(), c.hexdigest(), c.digest_size)
print(hashlib.blake2s(digest_size=7).digest_size, hashlib.blake2s.MAX_DIGEST_SIZE, hashlib.blake2b.SALT_SIZE)

# shake
s = hashlib.shake_256(b"x" * 500)
print(s.hexdigest(300))
print(s.digest(5), s.digest(0), s.digest_size)
print(hashlib.shake_128(b"").hexdigest(1))

# pbkdf2
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha512", b"p" * 200, b"salt", 10, 100).hex())
print(hashlib.pbkdf2_hmac("sha1", b"p", bytearray(b"salt"), 2, 5).hex())


# file_digest
class Reader:
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, buf):
        n = min(len(buf), len(self.data), 3)
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(hashlib.file_digest(Reader(b"file contents here"), "sha256").hexdigest())
print(hashlib.file_digest(Reader(b"abc"), hashlib.md5).hexdigest())

# hmac
m = hmac.new(b"key", b"The quick brown fox", "sha256")
print(m.name, m.digest_size, m.block_size, m.hexdigest())
m2 = m.copy()
m2.update(b" jumps")
print(m.hexdigest(), m2.hexdigest())
print(hmac.new(b"k" * 200, b"msg", hashlib.sha512).hexdigest())
print(hmac.new(bytearray(b"k"), digestmod=hashlib.md5).hexdigest())
print(hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.new(b"key", b"msg", "sha3_256").hexdigest())
print(hmac.new(b"key", b"msg", "blake2s").hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("ab", "abc"))
print(hmac.compare_digest(bytearray(b"a"), memoryview(b"a")), hmac.compare_digest("xy", "xy"))
print(type(m).__name__)

# errors
attempt(lambda: hashlib.sha256("abc"))
attempt(lambda: hashlib.sha256(123))
attempt(lambda: hashlib.sha256().update("s"))
attempt(lambda: hashlib.blake2b("s"))
attempt(lambda: hashlib.new("foo"))
attempt(lambda: hashlib.new(5))
attempt(lambda: hashlib.shake_128(b"x").hexdigest())
attempt(lambda: hashlib.sha256(b"a").hexdigest(5))
attempt(lambda: hashlib.blake2b(digest_size=65))
attempt(lambda: hashlib.blake2s(digest_size=0))
attempt(lambda: hashlib.blake2s(key=b"x" * 33))
attempt(lambda: hashlib.blake2b(salt=b"x" * 17))
attempt(lambda: hashlib.blake2b(person=b"x" * 17))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", "p", b"s", 1))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0))
attempt(lambda: hashlib.pbkdf2_hmac("nope", b"p", b"s", 1))
attempt(lambda: hashlib.file_digest(5, "sha256"))
attempt(lambda: hmac.new("k", b"m", "sha256"))
attempt(lambda: hmac.new(b"k", b"m"))
attempt(lambda: hmac.new(b"k", "m", "sha256"))
attempt(lambda: hmac.digest(b"k", b"m", "foo"))
attempt(lambda: hmac.compare_digest("a", b"a"))
attempt(lambda: hmac.compare_digest(b"a", 1))
attempt(lambda: hmac.compare_digest("é", "é"))
attempt(lambda: hmac.compare_digest(1, 2))
