"""Conversion between Python values and C structs packed in bytes (Krait's implementation): formats with the byte
orders @ = < > !, native alignment for '@', and CPython's struct.error messages."""

import _krait_struct

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"

# code: (native size, standard size or None for native-only formats, kind)
_FORMATS = {
    "x": (1, 1, "pad"), "c": (1, 1, "char"), "b": (1, 1, "int"), "B": (1, 1, "uint"), "?": (1, 1, "bool"),
    "h": (2, 2, "int"), "H": (2, 2, "uint"), "i": (4, 4, "int"), "I": (4, 4, "uint"), "l": (8, 4, "int"),
    "L": (8, 4, "uint"), "q": (8, 8, "int"), "Q": (8, 8, "uint"), "n": (8, None, "int"), "N": (8, None, "uint"),
    "P": (8, None, "pointer"), "e": (2, 2, "float"), "f": (4, 4, "float"), "d": (8, 8, "float"),
    "s": (1, 1, "string"), "p": (1, 1, "pascal"),
}

_MAX_SIZE = (1 << 63) - 1
_BUFFERS = (bytes, bytearray, memoryview)


def _parse(fmt):
    """(little-endian?, native?, items, size, value count) for a format str; an item is (code, kind, size, offset,
    count), count being the length for 's' and 'p'."""
    order = "@"
    position = 0
    if fmt and fmt[0] in "@=<>!":
        order = fmt[0]
        position = 1
    native = order == "@"
    little = order in "@=<"
    items = []
    size = 0
    values = 0
    end = len(fmt)
    while position < end:
        c = fmt[position]
        if c.isspace():
            position += 1
            continue
        count = 1
        if "0" <= c <= "9":
            start = position
            while position < end and "0" <= fmt[position] <= "9":
                position += 1
            if position == end:
                raise error("repeat count given without format specifier")
            count = int(fmt[start:position])
            c = fmt[position]
        position += 1
        entry = _FORMATS.get(c)
        if entry is None or (not native and entry[1] is None):
            raise error("bad char in struct format")
        item_size = entry[0] if native else entry[1]
        kind = entry[2]
        if native and item_size > 1:
            size = (size + item_size - 1) // item_size * item_size
        if size + count * item_size > _MAX_SIZE:
            raise error("total struct size too long")
        if kind in ("string", "pascal"):
            items.append((c, kind, count, size, count))
            size += count
            values += 1
        elif kind == "pad":
            size += count
        else:
            for _ in range(count):
                items.append((c, kind, item_size, size, 1))
                size += item_size
            values += count
    return little, native, items, size, values


def _integer(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(value)


def _float(value):
    if isinstance(value, float):
        return value
    if isinstance(value, (str, bytes, bytearray)):
        raise error("required argument is not a float")
    try:
        return float(value)
    except (TypeError, OverflowError, ValueError):
        raise error("required argument is not a float") from None


def _range_error(code, low, high):
    return error(f"'{code}' format requires {low} <= number <= {high}")


_MISSING = object()


class Struct:
    """A compiled struct format: pack, unpack and their variants for one format, of size bytes."""

    __slots__ = ("_format", "_little", "_native", "_items", "size", "_values", "__weakref__")

    def __new__(cls, *args, **kwargs):
        # a Struct before __init__ has run: no format yet, size -1 (as CPython's)
        self = object.__new__(cls)
        self._format = ""
        self._little, self._native, self._items, self.size, self._values = False, True, (), -1, 0
        return self

    def __init__(self, format=_MISSING):
        if format is _MISSING:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(format).__name__}")
        self._format = format
        self._little, self._native, self._items, self.size, self._values = _parse(format)

    @property
    def format(self):
        return self._format

    def pack(self, *values):
        if len(values) != self._values:
            raise error(f"pack expected {self._values} items for packing (got {len(values)})")
        out = bytearray(self.size)
        order = "little" if self._little else "big"
        values = iter(values)
        for code, kind, size, offset, count in self._items:
            value = next(values)
            try:
                self._pack_item(out, order, code, kind, size, offset, count, value)
            except OverflowError:
                # CPython's s_pack_internal: an int that overflows any format is struct.error
                if isinstance(value, int):
                    raise error("int too large to convert") from None
                raise
        return bytes(out)

    def _pack_item(self, out, order, code, kind, size, offset, count, value):
        if kind == "int" or kind == "uint":
            number = _integer(value)
            bits = 8 * size
            if kind == "int":
                low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
            else:
                low, high = 0, (1 << bits) - 1
            if not low <= number <= high:
                raise _range_error(code, low, high)
            out[offset:offset + size] = number.to_bytes(size, order, signed=kind == "int")
        elif kind == "pointer":
            number = _integer(value)
            if not -(1 << 63) <= number < (1 << 64):
                raise OverflowError("int too big to convert")
            out[offset:offset + size] = (number & ((1 << 64) - 1)).to_bytes(size, order)
        elif kind == "float":
            out[offset:offset + size] = _krait_struct.pack_float(_float(value), size, self._little,
                                                                 not (self._native and size == 4))
        elif kind == "bool":
            out[offset] = 1 if value else 0
        elif kind == "char":
            if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
                raise error("char format requires a bytes object of length 1")
            out[offset] = value[0]
        elif kind == "string":
            if not isinstance(value, (bytes, bytearray)):
                raise error("argument for 's' must be a bytes object")
            data = value[:count]
            out[offset:offset + len(data)] = data
        else:
            if not isinstance(value, (bytes, bytearray)):
                raise error("argument for 'p' must be a bytes object")
            if count > 0:
                data = value[:count - 1]
                out[offset + 1:offset + 1 + len(data)] = data
                out[offset] = min(len(data), 255)

    def _unpack_at(self, data, start):
        values = []
        order = "little" if self._little else "big"
        for code, kind, size, offset, count in self._items:
            at = start + offset
            if kind == "int" or kind == "uint":
                values.append(int.from_bytes(data[at:at + size], order, signed=kind == "int"))
            elif kind == "pointer":
                values.append(int.from_bytes(data[at:at + size], order))
            elif kind == "float":
                values.append(_krait_struct.unpack_float(data, at, size, self._little))
            elif kind == "bool":
                values.append(data[at] != 0)
            elif kind == "char":
                values.append(bytes(data[at:at + 1]))
            elif kind == "string":
                values.append(bytes(data[at:at + count]))
            else:
                if count == 0:
                    values.append(b"")
                else:
                    n = min(data[at], count - 1)
                    values.append(bytes(data[at + 1:at + 1 + n]))
        return tuple(values)

    def unpack(self, buffer, /):
        data = _readable(buffer)
        if len(data) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _readable(buffer)
        offset = _integer_argument(offset)
        length = len(data)
        start = offset
        if offset < 0:
            if offset + length < 0:
                raise error(f"offset {offset} out of range for {length}-byte buffer")
            start = offset + length
            if length - start < self.size:
                raise error(f"not enough data to unpack {self.size} bytes at offset {offset}")
        elif length - offset < self.size:
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} bytes for unpacking "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {length})")
        return self._unpack_at(data, start)

    def pack_into(self, *arguments):
        # CPython's order: the argument count, then the buffer, the offset, the values
        if len(arguments) != self._values + 2:
            if not arguments:
                raise error("pack_into expected buffer argument")
            if len(arguments) == 1:
                raise error("pack_into expected offset argument")
            raise error(f"pack_into expected {self._values} items for packing (got {len(arguments) - 2})")
        buffer, offset, *values = arguments
        if not isinstance(buffer, (bytes, bytearray, memoryview)):
            try:
                buffer = memoryview(buffer).cast("B")
            except TypeError:
                pass
        if not isinstance(buffer, (bytearray, memoryview)) or (isinstance(buffer, memoryview) and buffer.readonly):
            raise TypeError(f"argument must be read-write bytes-like object, not {type(buffer).__name__}")
        packed = self.pack(*values)
        offset = _integer_argument(offset)
        length = len(buffer) if isinstance(buffer, bytearray) else buffer.nbytes
        start = offset
        if offset < 0:
            if offset + length < 0:
                raise error(f"offset {offset} out of range for {length}-byte buffer")
            start = offset + length
            if length - start < self.size:
                raise error(f"no space to pack {self.size} bytes at offset {offset}")
        elif length - offset < self.size:
            raise error(f"pack_into requires a buffer of at least {self.size + offset} bytes for packing "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {length})")
        buffer[start:start + self.size] = packed

    def iter_unpack(self, buffer, /):
        data = _readable(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self.size} bytes")
        return _UnpackIterator(self, data)


Struct.__module__ = "_struct"


class _UnpackIterator:
    __slots__ = ("_struct", "_data", "_offset")

    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._offset = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._offset >= len(self._data):
            raise StopIteration
        values = self._struct._unpack_at(self._data, self._offset)
        self._offset += self._struct.size
        return values

    def __length_hint__(self):
        return (len(self._data) - self._offset) // self._struct.size


_UnpackIterator.__name__ = _UnpackIterator.__qualname__ = "unpack_iterator"
_UnpackIterator.__module__ = "_struct"


def _readable(buffer):
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, _BUFFERS):
        return bytes(buffer)
    try:
        view = memoryview(buffer)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'") from None
    with view:
        return view.tobytes()


def _integer_argument(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt) if isinstance(fmt, (str, bytes)) else None
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format, /):
    """The size in bytes of the struct described by format."""
    return _struct(format).size


def pack(format, /, *values):
    """The bytes of values packed by format."""
    return _struct(format).pack(*values)


def pack_into(format, /, *arguments):
    """pack_into(format, buffer, offset, *values): packs values by format into a writable buffer at offset."""
    _struct(format).pack_into(*arguments)


def unpack(format, buffer, /):
    """The tuple of values in buffer (exactly calcsize(format) bytes) by format."""
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """The tuple of values at offset in buffer by format."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """An iterator over the tuples of values in buffer, one per calcsize(format) bytes."""
    return _struct(format).iter_unpack(buffer)
