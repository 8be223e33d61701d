"""Secure hashes and message digests (Krait's implementation): md5, the sha1/sha2/sha3 families, blake2b/blake2s
and shake_128/shake_256, computed in Java by _krait_hashlib; pbkdf2_hmac and file_digest."""

from array import array as _array
import _krait_hashlib

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_224", "sha3_256",
           "sha3_384", "sha3_512", "shake_128", "shake_256", "new", "algorithms_guaranteed", "algorithms_available",
           "file_digest", "pbkdf2_hmac")

algorithms_guaranteed = frozenset(("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
                                   "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"))
algorithms_available = algorithms_guaranteed | frozenset(("sha512_224", "sha512_256"))

_DIGEST_SIZES = {"md5": 16, "sha1": 20, "sha224": 28, "sha256": 32, "sha384": 48, "sha512": 64, "sha512_224": 28,
                 "sha512_256": 32, "sha3_224": 28, "sha3_256": 32, "sha3_384": 48, "sha3_512": 64}

# Other spellings hashlib.new() accepts for the same hashes (OpenSSL's names).
_ALIASES = {"sha-1": "sha1", "sha-224": "sha224", "sha-256": "sha256", "sha-384": "sha384", "sha-512": "sha512",
            "sha512-224": "sha512_224", "sha512-256": "sha512_256", "sha-512/224": "sha512_224",
            "sha-512/256": "sha512_256", "sha3-224": "sha3_224", "sha3-256": "sha3_256", "sha3-384": "sha3_384",
            "sha3-512": "sha3_512", "shake128": "shake_128", "shake256": "shake_256", "blake2b512": "blake2b",
            "blake2s256": "blake2s"}


class UnsupportedDigestmodError(ValueError):
    """A hash name pbkdf2_hmac() does not know."""


UnsupportedDigestmodError.__module__ = "_hashlib"


def _data_bytes(data):
    """The bytes-like object to hash, with hashlib's errors for a str or a non-buffer."""
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, (bytes, bytearray, memoryview, _array)):
        raise TypeError("object supporting the buffer API required")
    return data


_NO_DATA = object()


class _Hash:
    """What all hash objects share: a Java hash state, fed by update()."""

    __slots__ = ("_state", "_name")

    def update(self, data, /):
        _krait_hashlib.update(self._state, _data_bytes(data))

    def copy(self):
        other = object.__new__(type(self))
        other._state = _krait_hashlib.copy(self._state)
        other._name = self._name
        return other

    @property
    def name(self):
        return self._name

    @property
    def block_size(self):
        return _krait_hashlib.block_size(self._state)

    def __repr__(self):
        return f"<{self._name} {type(self).__module__}.{type(self).__name__} object @ {hex(id(self))}>"


def _make(cls, name, data):
    state = _krait_hashlib.new(name)
    if state is None:
        raise ValueError(f"unsupported hash type {name}")
    h = object.__new__(cls)
    h._state = state
    h._name = name
    if data is not _NO_DATA:
        h.update(data)
    return h


class HASH(_Hash):
    """A fixed-size hash: md5, the sha1, sha2 and sha3 families."""

    __slots__ = ()

    @property
    def digest_size(self):
        return _DIGEST_SIZES[self._name]

    def digest(self, *args):
        if args:
            raise TypeError(f"HASH.digest() takes no arguments ({len(args)} given)")
        return _krait_hashlib.digest(self._state, 0)

    def hexdigest(self, *args):
        if args:
            raise TypeError(f"HASH.hexdigest() takes no arguments ({len(args)} given)")
        return _krait_hashlib.hexdigest(self._state, 0)


HASH.__module__ = "_hashlib"


def _xof_length(length, hexadecimal):
    if not isinstance(length, int):
        raise TypeError(f"'{type(length).__name__}' object cannot be interpreted as an integer")
    if not -(1 << 63) <= length < 1 << 63:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if length < 0 and not hexadecimal:
        raise SystemError("Negative size passed to PyBytes_FromStringAndSize")
    if length < 0 or length >= 1 << 31:
        raise MemoryError()
    return length


class HASHXOF(_Hash):
    """An extendable-output hash (shake_128, shake_256): the digest is as long as asked for."""

    __slots__ = ()

    digest_size = 0

    def digest(self, length=_NO_DATA):
        if length is _NO_DATA:
            raise TypeError("digest() missing required argument 'length' (pos 1)")
        return _krait_hashlib.digest(self._state, _xof_length(length, False))

    def hexdigest(self, length=_NO_DATA):
        if length is _NO_DATA:
            raise TypeError("hexdigest() missing required argument 'length' (pos 1)")
        return _krait_hashlib.hexdigest(self._state, _xof_length(length, True))


HASHXOF.__module__ = "_hashlib"


def _byte_param(value, what, limit):
    if isinstance(value, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(value, (bytes, bytearray, memoryview, _array)):
        raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
    if len(value) > limit:
        raise ValueError(f"maximum {what} length is {limit} bytes")
    return bytes(value)


class _Blake2(_Hash):
    __slots__ = ("_digest_size",)

    __repr__ = object.__repr__

    _BIG = True
    _MAX_DIGEST = 64
    _MAX_SALT = 16
    _MAX_OFFSET = 1 << 64

    def __new__(cls, data=_NO_DATA, /, *, digest_size=None, key=b"", salt=b"", person=b"", fanout=1, depth=1,
                leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True,
                **unexpected):
        for keyword in unexpected:
            raise TypeError(f"'{keyword}' is an invalid keyword argument for {cls.__name__}()")
        limit = cls._MAX_DIGEST
        if digest_size is None:
            digest_size = limit
        if not 1 <= digest_size <= limit:
            raise ValueError(f"digest_size must be between 1 and {limit} bytes")
        key = _byte_param(key, "key", limit)
        salt = _byte_param(salt, "salt", cls._MAX_SALT)
        person = _byte_param(person, "person", cls._MAX_SALT)
        if not 0 <= fanout <= 255:
            raise ValueError("fanout must be between 0 and 255")
        if not 1 <= depth <= 255:
            raise ValueError("depth must be between 1 and 255")
        if not 0 <= leaf_size < 1 << 32:
            if leaf_size < 0:
                raise ValueError("leaf_size must be positive")
            raise OverflowError("leaf_size is too large")
        if not 0 <= node_offset < cls._MAX_OFFSET:
            if node_offset < 0:
                raise ValueError("node_offset must be positive")
            raise OverflowError("node_offset is too large")
        if not 0 <= node_depth <= 255:
            raise ValueError("node_depth must be between 0 and 255")
        if not 0 <= inner_size <= limit:
            raise ValueError(f"inner_size must be between 0 and is {limit}")
        h = object.__new__(cls)
        h._state = _krait_hashlib.blake2(1 if cls._BIG else 0, digest_size, key, salt, person, fanout, depth,
                                         leaf_size, node_offset if node_offset < 1 << 63 else node_offset - (1 << 64),
                                         node_depth, inner_size, 1 if last_node else 0)
        h._name = cls.__name__
        h._digest_size = digest_size
        if data is not _NO_DATA:
            h.update(data)
        return h

    def copy(self):
        other = super().copy()
        other._digest_size = self._digest_size
        return other

    @property
    def digest_size(self):
        return self._digest_size

    def digest(self):
        return _krait_hashlib.digest(self._state, 0)

    def hexdigest(self):
        return _krait_hashlib.hexdigest(self._state, 0)


class blake2b(_Blake2):
    """BLAKE2b: digests of up to 64 bytes, keys of up to 64 bytes."""

    __slots__ = ()
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    """BLAKE2s: digests of up to 32 bytes, keys of up to 32 bytes."""

    __slots__ = ()
    _BIG = False
    _MAX_DIGEST = 32
    _MAX_SALT = 8
    _MAX_OFFSET = 1 << 48
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


blake2b.__module__ = "_blake2"
blake2s.__module__ = "_blake2"


def _constructor(name, cls):
    def construct(*args, usedforsecurity=True, **keywords):
        if len(args) > 1:
            raise TypeError(f"openssl_{name}() takes at most 1 positional argument ({len(args)} given)")
        string = args[0] if args else _NO_DATA
        for keyword, value in keywords.items():
            if keyword != "string":
                raise TypeError(f"'{keyword}' is an invalid keyword argument for openssl_{name}()")
            if args:
                raise TypeError(f"argument for openssl_{name}() given by name ('string') and position (1)")
            string = value
        return _make(cls, name, string)
    construct.__name__ = construct.__qualname__ = "openssl_" + name
    return construct


md5 = _constructor("md5", HASH)
sha1 = _constructor("sha1", HASH)
sha224 = _constructor("sha224", HASH)
sha256 = _constructor("sha256", HASH)
sha384 = _constructor("sha384", HASH)
sha512 = _constructor("sha512", HASH)
sha3_224 = _constructor("sha3_224", HASH)
sha3_256 = _constructor("sha3_256", HASH)
sha3_384 = _constructor("sha3_384", HASH)
sha3_512 = _constructor("sha3_512", HASH)
shake_128 = _constructor("shake_128", HASHXOF)
shake_256 = _constructor("shake_256", HASHXOF)


def new(name, data=_NO_DATA, **kwargs):
    """A new hash object of the hash named, fed with data if given."""
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    key = name.lower()
    key = _ALIASES.get(key, key)
    if key == "blake2b":
        return blake2b(data, **kwargs) if data is not _NO_DATA else blake2b(**kwargs)
    if key == "blake2s":
        return blake2s(data, **kwargs) if data is not _NO_DATA else blake2s(**kwargs)
    kwargs.pop("usedforsecurity", None)
    for keyword in kwargs:
        if keyword == "string":
            raise TypeError("argument for new() given by name ('string') and position (2)")
        raise TypeError(f"'{keyword}' is an invalid keyword argument for new()")
    if key.startswith("shake"):
        return _make(HASHXOF, key, data)
    if key not in _DIGEST_SIZES:
        raise ValueError(f"unsupported hash type {name}")
    return _make(HASH, key, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC over the hash named, as bytes of length dklen (the hash's digest size by default)."""
    if not isinstance(hash_name, str):
        raise TypeError(f"pbkdf2_hmac() argument 'hash_name' must be str, not {type(hash_name).__name__}")
    for value in (password, salt):
        if not isinstance(value, (bytes, bytearray, memoryview, _array)):
            raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
    if not isinstance(iterations, int):
        raise TypeError(f"'{type(iterations).__name__}' object cannot be interpreted as an integer")
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations >= 1 << 31:
        raise OverflowError("iteration value is too great.")
    name = _ALIASES.get(hash_name.lower(), hash_name.lower())
    if name not in _DIGEST_SIZES and name not in ("blake2b", "blake2s"):
        raise UnsupportedDigestmodError("[digital envelope routines] unsupported")
    if dklen is None:
        dklen = new(name).digest_size
    if not isinstance(dklen, int):
        raise TypeError(f"'{type(dklen).__name__}' object cannot be interpreted as an integer")
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    if dklen >= 1 << 31:
        raise OverflowError("key length is too great.")
    return _krait_hashlib.pbkdf2(name, password, salt, iterations, dklen)


def _unsigned(name, value):
    if value is not None and not isinstance(value, int):
        raise TypeError(f"scrypt() argument '{name}' must be int, not {type(value).__name__}")
    if value is None or not 0 <= value < 1 << 64:
        raise TypeError(f"{name} is required and must be an unsigned int")
    return value


def _index(value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


def scrypt(*args, **kwargs):
    """scrypt(password, *, salt, n, r, p, maxmem=0, dklen=64): the scrypt key (RFC 7914) of password and salt,
    with CPU/memory cost n (a power of 2), block size r and parallelism p, within maxmem bytes (0: 32 MiB)."""
    if len(args) > 1:
        raise TypeError(f"scrypt() takes exactly 1 positional argument ({len(args)} given)")
    for keyword in kwargs:
        if keyword not in ("password", "salt", "n", "r", "p", "maxmem", "dklen"):
            raise TypeError(f"'{keyword}' is an invalid keyword argument for scrypt()")
    if args:
        if "password" in kwargs:
            raise TypeError("argument for scrypt() given by name ('password') and position (1)")
        password = args[0]
    elif "password" in kwargs:
        password = kwargs["password"]
    else:
        raise TypeError("scrypt() missing required argument 'password' (pos 1)")
    for value in (password, kwargs.get("salt", b"")):
        if not isinstance(value, (bytes, bytearray, memoryview, _array)):
            raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
    if "salt" not in kwargs:
        raise TypeError("salt is required")
    n = _unsigned("n", kwargs.get("n"))
    r = _unsigned("r", kwargs.get("r"))
    p = _unsigned("p", kwargs.get("p"))
    maxmem = _index(kwargs.get("maxmem", 0))
    dklen = _index(kwargs.get("dklen", 64))
    if not 0 <= maxmem <= 0x7FFFFFFF:
        raise ValueError("maxmem must be positive and smaller than 2147483647")
    if not 1 <= dklen <= 0x7FFFFFFF:
        raise ValueError("dklen must be greater than 0 and smaller than 2147483647")
    if n < 2 or n & (n - 1):
        raise ValueError("n must be a power of 2.")
    if r == 0 or p == 0:
        raise ValueError("Invalid parameter combination for n, r, p, maxmem.")
    if r > 0xFFFFFFFF or p > 0xFFFFFFFF:
        raise ValueError("[digital envelope routines] parameter too large")
    if (16 * r < 64 and n >= 1 << (16 * r)) or p > ((1 << 30) - 1) // r or p * 128 * r > 0x7FFFFFFF or \
            128 * r * (n + 2) + p * 128 * r > (maxmem or 32 * 1024 * 1024):
        raise ValueError("[digital envelope routines] memory limit exceeded")
    return _krait_hashlib.scrypt(bytes(password), bytes(kwargs["salt"]), n, r, p, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The hash object of a binary file's remaining content; digest is a hash name or a constructor."""
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, "getbuffer"):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable") and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        h.update(view[:size])
    return h
