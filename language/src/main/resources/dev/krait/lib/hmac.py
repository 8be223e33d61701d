"""HMAC (RFC 2104), keyed-hashing for message authentication (Krait's implementation, over hashlib)."""

import _operator
import hashlib as _hashlib

__all__ = ("HMAC", "new", "digest", "compare_digest", "digest_size")

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


def _constructor(digestmod):
    """A function making a fresh hash object for digestmod: a hash name, a constructor, or a module with new()."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    return lambda data=b"": digestmod.new(data)


class HMAC:
    """An HMAC computation in progress: update() feeds the message; digest() and hexdigest() read the result."""

    blocksize = 64

    __slots__ = ("_inner", "_outer", "digest_size", "block_size")

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        block_size = getattr(self._inner, "block_size", None)
        if block_size is None or block_size < 16:
            block_size = self.blocksize
        self.block_size = block_size
        if len(key) > block_size:
            key = make(key).digest()
        key = bytes(key).ljust(block_size, b"\0")
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = object.__new__(type(self))
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object for key, fed with msg if given."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg with key, as bytes, in one call."""
    return HMAC(key, msg, digest).digest()


compare_digest = _operator._compare_digest
