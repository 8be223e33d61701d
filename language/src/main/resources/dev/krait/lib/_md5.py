"""CPython's MD5 module (Krait's implementation over _krait_hashlib)."""

from _krait_hashtypes import hash_type as _hash_type, constructor as _constructor

MD5Type = _hash_type("_md5", "md5", "md5")
md5 = _constructor("_md5", "md5", MD5Type, "md5")
md5.__doc__ = "Return a new MD5 hash object; optionally initialized with a string."
del _hash_type, _constructor
