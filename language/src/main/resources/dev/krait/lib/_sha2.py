"""CPython's SHA-2 module: sha224, sha256, sha384 and sha512 (Krait's implementation over _krait_hashlib)."""

from _krait_hashtypes import hash_type as _hash_type, constructor as _constructor

SHA224Type = _hash_type("_sha2", "SHA224Type", "sha224")
SHA256Type = _hash_type("_sha2", "SHA256Type", "sha256")
SHA384Type = _hash_type("_sha2", "SHA384Type", "sha384")
SHA512Type = _hash_type("_sha2", "SHA512Type", "sha512")
sha224 = _constructor("_sha2", "sha224", SHA224Type, "sha224")
sha256 = _constructor("_sha2", "sha256", SHA256Type, "sha256")
sha384 = _constructor("_sha2", "sha384", SHA384Type, "sha384")
sha512 = _constructor("_sha2", "sha512", SHA512Type, "sha512")
sha224.__doc__ = "Return a new SHA-224 hash object; optionally initialized with a string."
sha256.__doc__ = "Return a new SHA-256 hash object; optionally initialized with a string."
sha384.__doc__ = "Return a new SHA-384 hash object; optionally initialized with a string."
sha512.__doc__ = "Return a new SHA-512 hash object; optionally initialized with a string."
del _hash_type, _constructor
