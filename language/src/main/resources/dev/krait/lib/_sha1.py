"""CPython's SHA-1 module (Krait's implementation over _krait_hashlib)."""

from _krait_hashtypes import hash_type as _hash_type, constructor as _constructor

SHA1Type = _hash_type("_sha1", "sha1", "sha1")
sha1 = _constructor("_sha1", "sha1", SHA1Type, "sha1")
sha1.__doc__ = "Return a new SHA1 hash object; optionally initialized with a string."
del _hash_type, _constructor
