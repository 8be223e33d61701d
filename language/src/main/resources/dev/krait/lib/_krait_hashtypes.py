"""The hash object types of CPython's single-algorithm modules _md5, _sha1, _sha2 and _sha3 (Krait's
implementation): each module's types are made here by hash_type() over a _krait_hashlib state."""

from array import array as _array
import _krait_hashlib

_NO_DATA = object()

_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64), "sha384": (48, 128),
          "sha512": (64, 128), "sha3_224": (28, 144), "sha3_256": (32, 136), "sha3_384": (48, 104),
          "sha3_512": (64, 72), "shake_128": (0, 168), "shake_256": (0, 136)}


def _data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, (bytes, bytearray, memoryview, _array)):
        raise TypeError("object supporting the buffer API required")
    return data


def _length(length):
    if not isinstance(length, int):
        raise TypeError("an integer is required")
    if length < 0:
        raise ValueError("value must be positive")
    if length >= 1 << 29:
        raise ValueError("length is too large")
    return length


def hash_type(module, type_name, hash_name):
    """The type of the hash objects of hash_name, named module.type_name; instances come from new_hash()."""
    digest_size, block_size = _SIZES[hash_name]
    xof = hash_name.startswith("shake")
    label = type_name

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{module}.{type_name}' instances")

    def update(self, *args):
        if len(args) != 1:
            raise TypeError(f"{label}.update() takes exactly one argument ({len(args)} given)")
        _krait_hashlib.update(self._state, _data(args[0]))

    def copy(self, *args):
        if args:
            raise TypeError(f"{label}.copy() takes no arguments ({len(args)} given)")
        other = object.__new__(type(self))
        other._state = _krait_hashlib.copy(self._state)
        return other

    if xof:
        def digest(self, *args):
            if len(args) != 1:
                raise TypeError(f"{label}.digest() takes exactly one argument ({len(args)} given)")
            return _krait_hashlib.digest(self._state, _length(args[0]))

        def hexdigest(self, *args):
            if len(args) != 1:
                raise TypeError(f"{label}.hexdigest() takes exactly one argument ({len(args)} given)")
            return _krait_hashlib.hexdigest(self._state, _length(args[0]))
    else:
        def digest(self, *args):
            if args:
                raise TypeError(f"{label}.digest() takes no arguments ({len(args)} given)")
            return _krait_hashlib.digest(self._state, 0)

        def hexdigest(self, *args):
            if args:
                raise TypeError(f"{label}.hexdigest() takes no arguments ({len(args)} given)")
            return _krait_hashlib.hexdigest(self._state, 0)

    namespace = {"__slots__": ("_state",), "__new__": __new__, "update": update, "copy": copy, "digest": digest,
                 "hexdigest": hexdigest, "name": property(lambda self: hash_name),
                 "digest_size": property(lambda self: digest_size), "block_size": property(lambda self: block_size),
                 "__module__": module}
    if hash_name.startswith(("sha3", "shake")):
        rate = block_size * 8
        namespace["_capacity_bits"] = property(lambda self: 1600 - rate)
        namespace["_rate_bits"] = property(lambda self: rate)
        namespace["_suffix"] = property(lambda self: b"\x1f" if xof else b"\x06")
    cls = type(type_name, (), namespace)
    cls.__module__ = module
    return cls


def new_hash(cls, hash_name, data):
    """A fresh hash object of type cls (made by hash_type) fed with data unless it is _NO_DATA."""
    h = object.__new__(cls)
    h._state = _krait_hashlib.new(hash_name)
    if data is not _NO_DATA:
        _krait_hashlib.update(h._state, _data(data))
    return h


def constructor(module, function_name, cls, hash_name):
    """The module-level function of _md5, _sha1 and _sha2: name(string=b'', *, usedforsecurity=True)."""
    def construct(*args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"{function_name}() takes at most 1 positional argument ({len(args)} given)")
        data = args[0] if args else _NO_DATA
        for keyword, value in kwargs.items():
            if keyword == "string":
                if args:
                    raise TypeError(f"argument for {function_name}() given by name ('string') and position (1)")
                data = value
            elif keyword != "usedforsecurity":
                raise TypeError(f"'{keyword}' is an invalid keyword argument for {function_name}()")
        return new_hash(cls, hash_name, data)
    construct.__name__ = construct.__qualname__ = function_name
    construct.__module__ = module
    return construct
