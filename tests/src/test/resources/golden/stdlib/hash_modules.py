# The single-algorithm hash modules CPython exposes: _md5, _sha1, _sha2, _sha3 and _blake2.
import _blake2
import _md5
import _sha1
import _sha2
import _sha3
import hashlib


def attempt(label, call):
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for module in (_md5, _sha1, _sha2, _sha3, _blake2):
    print(module.__name__, sorted(name for name in dir(module) if not name.startswith("__")))

constructors = [_md5.md5, _sha1.sha1, _sha2.sha224, _sha2.sha256, _sha2.sha384, _sha2.sha512,
                _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512]
for make in constructors:
    h = make(b"abc")
    print(type(h).__module__, type(h).__name__, h.name, h.digest_size, h.block_size, h.hexdigest())
    c = h.copy()
    c.update(b"def")
    print("  copy", c.hexdigest() == make(b"abcdef").hexdigest(), h.hexdigest() == make(b"abc").hexdigest())
    print("  matches hashlib", h.digest() == hashlib.new(h.name, b"abc").digest())
    print("  repr", repr(h).split(" at ")[0])

print(_md5.MD5Type is type(_md5.md5()), _sha1.SHA1Type is type(_sha1.sha1()), _sha2.SHA384Type is type(_sha2.sha384()))
print(_md5.md5(string=b"abc").hexdigest(), _sha2.sha256(b"", usedforsecurity=False).hexdigest())
print(_md5.md5(b"").hexdigest(), _sha1.sha1(b"").hexdigest())
print(_sha2.sha224(bytearray(b"x")).hexdigest(), _sha2.sha512(memoryview(b"x")).hexdigest()[:32])

for name in ("shake_128", "shake_256"):
    cls = getattr(_sha3, name)
    s = cls(b"abc")
    print(type(s).__name__, s.name, s.digest_size, s.block_size, s.hexdigest(16), s.digest(4), s.hexdigest(0))
    print("  ", s._capacity_bits, s._rate_bits, s._suffix, s.copy().hexdigest(8) == s.hexdigest(8))
x = _sha3.sha3_256(b"abc")
print(x._capacity_bits, x._rate_bits, x._suffix, _sha3.implementation)
print(isinstance(x, _sha3.sha3_256), _sha3.sha3_256(usedforsecurity=False).hexdigest()[:16])

print(_blake2.blake2b is hashlib.blake2b, _blake2.blake2s is hashlib.blake2s)
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2B_PERSON_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE, _blake2.BLAKE2B_MAX_DIGEST_SIZE)
print(_blake2.BLAKE2S_SALT_SIZE, _blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE)
print(_blake2.blake2b(b"abc", digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest())
print(_blake2.blake2s(b"abc", digest_size=20, key=b"key").hexdigest())
print(_blake2.blake2b(b"fubar").hexdigest()[:32], _blake2.blake2s(b"fubar").hexdigest())

attempt("md5(str)", lambda: _md5.md5("x"))
attempt("md5(int)", lambda: _md5.md5(1))
attempt("md5 two positionals", lambda: _md5.md5(b"", b""))
attempt("md5(data=)", lambda: _md5.md5(data=b"a"))
attempt("md5 string twice", lambda: _md5.md5(b"a", string=b"b"))
attempt("md5(foo=)", lambda: _md5.md5(foo=1))
attempt("update(str)", lambda: _md5.md5().update("s"))
attempt("update()", lambda: _md5.md5().update())
attempt("update(a, b)", lambda: _sha1.sha1().update(b"a", b"b"))
attempt("digest(1)", lambda: _md5.md5().digest(1))
attempt("hexdigest(3)", lambda: _sha2.sha256().hexdigest(3))
attempt("type()", lambda: type(_md5.md5())())
attempt("SHA256Type()", lambda: _sha2.SHA256Type())
attempt("sha3_224(str)", lambda: _sha3.sha3_224("x"))
attempt("sha3_224 two positionals", lambda: _sha3.sha3_224(b"", b""))
attempt("sha3_224(string=)", lambda: _sha3.sha3_224(string=b"b"))
attempt("sha3 digest(1)", lambda: _sha3.sha3_224().digest(1))
attempt("shake digest()", lambda: _sha3.shake_128().digest())
attempt("shake hexdigest()", lambda: _sha3.shake_128().hexdigest())
attempt("shake digest('a')", lambda: _sha3.shake_128().digest("a"))
attempt("shake hexdigest(-1)", lambda: _sha3.shake_128().hexdigest(-1))
attempt("shake digest(2**40)", lambda: _sha3.shake_256().digest(2 ** 40))
attempt("blake2b(str)", lambda: _blake2.blake2b("x"))
attempt("blake2s digest_size=33", lambda: _blake2.blake2s(digest_size=33))
