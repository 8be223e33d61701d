"""CPython's SHA-3 module: the sha3_* and shake_* types, which are their own constructors (Krait's implementation
over _krait_hashlib)."""

from _krait_hashtypes import hash_type as _hash_type, new_hash as _new_hash, _NO_DATA

implementation = "HACL"


def _sha3_type(name, new_hash=_new_hash, no_data=_NO_DATA):
    cls = _hash_type("_sha3", name, name)

    def __new__(cls, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"{name}() takes at most 1 positional argument ({len(args)} given)")
        for keyword in kwargs:
            if keyword != "usedforsecurity":
                raise TypeError(f"'{keyword}' is an invalid keyword argument for {name}()")
        return new_hash(cls, name, args[0] if args else no_data)
    cls.__new__ = __new__
    return cls


sha3_224 = _sha3_type("sha3_224")
sha3_256 = _sha3_type("sha3_256")
sha3_384 = _sha3_type("sha3_384")
sha3_512 = _sha3_type("sha3_512")
shake_128 = _sha3_type("shake_128")
shake_256 = _sha3_type("shake_256")
del _sha3_type
del _hash_type, _new_hash, _NO_DATA
