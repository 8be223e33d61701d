"""CPython's internal serialization format for Python values (Krait's implementation, written from the format's
description): dumps/loads and dump/load of None, bools, Ellipsis, StopIteration, ints, floats, complex numbers, str,
bytes-like objects, tuples, lists, dicts, sets and frozensets, in versions 0 to 4. Code objects are refused: Krait's
code objects do not have CPython's bytecode to write.

Version 3 and later mark objects that may be referred to again with a flag bit and write later occurrences as
back-references. CPython leaves the flag off an object nothing else refers to (reference count 1) and always puts it
on interned strings. Krait decides it from the reference counts for lists, dicts, sets, frozensets and bytearrays;
ints, floats, complex numbers, str, bytes and tuples of them are taken as the constants of code they usually are in
CPython: shared (flagged), equal values one object (written once, then referred back to), and identifier-like
strings interned.
"""

import sys as _sys

version = 4

_NULL = b"0"
_NONE = b"N"
_FALSE = b"F"
_TRUE = b"T"
_STOPITER = b"S"
_ELLIPSIS = b"."
_INT = 0x69            # 'i'
_INT64 = 0x49          # 'I', read only
_FLOAT = 0x66          # 'f'
_BINARY_FLOAT = 0x67   # 'g'
_COMPLEX = 0x78        # 'x'
_BINARY_COMPLEX = 0x79  # 'y'
_LONG = 0x6C           # 'l'
_STRING = 0x73         # 's'
_INTERNED = 0x74       # 't'
_REF = 0x72            # 'r'
_TUPLE = 0x28          # '('
_LIST = 0x5B           # '['
_DICT = 0x7B           # '{'
_CODE = 0x63           # 'c'
_UNICODE = 0x75        # 'u'
_UNKNOWN = 0x3F        # '?'
_SET = 0x3C            # '<'
_FROZENSET = 0x3E      # '>'
_ASCII = 0x61          # 'a'
_ASCII_INTERNED = 0x41  # 'A'
_SMALL_TUPLE = 0x29    # ')'
_SHORT_ASCII = 0x7A    # 'z'
_SHORT_ASCII_INTERNED = 0x5A  # 'Z'
_FLAG_REF = 0x80

_MAX_DEPTH = 2000
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def _int32(n):
    return (n & 0xFFFFFFFF).to_bytes(4, "little")


def _looks_interned(s):
    """Whether CPython would have the str interned: the strings of code made of name characters only."""
    return all(c in _NAME_CHARS for c in s)


class _Writer:
    def __init__(self, version):
        self.version = version
        self.out = bytearray()
        self.refs = {} if version >= 3 else None
        self.kept = []
        self.depth = 0

    def object(self, v, outermost=0):
        """Writes v; outermost is 1 for the value dumps() was given, which has one reference fewer here."""
        if self.depth > _MAX_DEPTH:
            raise ValueError("object too deeply nested to marshal")
        out = self.out
        if v is None:
            out += _NONE
        elif v is StopIteration:
            out += _STOPITER
        elif v is Ellipsis:
            out += _ELLIPSIS
        elif v is False:
            out += _FALSE
        elif v is True:
            out += _TRUE
        else:
            self.depth += 1
            self.complex_object(v, _sys.getrefcount(v) + outermost)
            self.depth -= 1

    def reference(self, v, count):
        """Writes a back-reference and returns None if v was written before; else the flag to write v with."""
        if self.refs is None:
            return 0
        key = _constant_key(v)
        if key is None:
            if count <= _SINGLE_REFERENCE:
                return 0
            key = id(v)
        index = self.refs.get(key)
        if index is not None:
            self.out.append(_REF)
            self.out += _int32(index)
            return None
        self.refs[key] = len(self.refs)
        self.kept.append(v)  # as CPython's table holds its objects: their ids stay theirs
        return _FLAG_REF

    def complex_object(self, v, count):
        flag = self.reference(v, count)
        if flag is None:
            return
        out = self.out
        kind = type(v)
        if kind is int:
            if -0x80000000 <= v <= 0x7FFFFFFF:
                out.append(_INT | flag)
                out += _int32(v)
            else:
                digits = []
                magnitude = -v if v < 0 else v
                while magnitude:
                    digits.append(magnitude & 0x7FFF)
                    magnitude >>= 15
                out.append(_LONG | flag)
                out += _int32(-len(digits) if v < 0 else len(digits))
                for digit in digits:
                    out += digit.to_bytes(2, "little")
        elif kind is float:
            if self.version > 1:
                out.append(_BINARY_FLOAT | flag)
                out += _float_bytes(v)
            else:
                out.append(_FLOAT | flag)
                self.short_text(_float_text(v))
        elif kind is complex:
            if self.version > 1:
                out.append(_BINARY_COMPLEX | flag)
                out += _float_bytes(v.real)
                out += _float_bytes(v.imag)
            else:
                out.append(_COMPLEX | flag)
                self.short_text(_float_text(v.real))
                self.short_text(_float_text(v.imag))
        elif kind is str:
            interned = _looks_interned(v)
            if self.version >= 4 and v.isascii():
                data = v.encode("ascii")
                if len(data) < 256:
                    out.append((_SHORT_ASCII_INTERNED if interned else _SHORT_ASCII) | flag)
                    out.append(len(data))
                else:
                    out.append((_ASCII_INTERNED if interned else _ASCII) | flag)
                    out += _int32(len(data))
                out += data
            else:
                data = v.encode("utf-8", "surrogatepass")
                out.append((_INTERNED if self.version >= 3 and interned else _UNICODE) | flag)
                out += _int32(len(data))
                out += data
        elif kind is tuple:
            if self.version >= 4 and len(v) < 256:
                out.append(_SMALL_TUPLE | flag)
                out.append(len(v))
            else:
                out.append(_TUPLE | flag)
                out += _int32(len(v))
            for item in v:
                self.object(item)
        elif kind is list:
            out.append(_LIST | flag)
            out += _int32(len(v))
            for item in v:
                self.object(item)
        elif kind is dict:
            out.append(_DICT | flag)
            for key, value in v.items():
                self.object(key)
                self.object(value)
            out += _NULL
        elif kind is set or kind is frozenset:
            out.append((_FROZENSET if kind is frozenset else _SET) | flag)
            out += _int32(len(v))
            # in the order of the items' own marshal data, which does not vary between runs
            for dump, item in sorted(((dumps(item, self.version), item) for item in v), key=lambda pair: pair[0]):
                self.object(item)
        elif kind is _CodeType:
            out.append(_CODE | flag)
            for n in (v.co_argcount, v.co_posonlyargcount, v.co_kwonlyargcount, v.co_stacksize, v.co_flags):
                out += _int32(n)
            self.object(v.co_code)
            self.object(v.co_consts)
            self.object(v.co_names)
            names, kinds = _locals_plus(v)
            self.object(names)
            self.object(kinds)
            self.object(v.co_filename)
            self.object(v.co_name)
            self.object(v.co_qualname)
            out += _int32(v.co_firstlineno)
            self.object(v.co_linetable)
            self.object(v.co_exceptiontable)
        elif isinstance(v, (bytes, bytearray, memoryview)):
            data = bytes(v)
            out.append(_STRING | flag)
            out += _int32(len(data))
            out += data
        else:
            raise ValueError("unmarshallable object")

    def short_text(self, text):
        data = text.encode("ascii")
        self.out.append(len(data))
        self.out += data


_CO_FAST_LOCAL = 0x20
_CO_FAST_CELL = 0x40
_CO_FAST_FREE = 0x80


def _locals_plus(code):
    """CPython's co_localsplusnames and co_localspluskinds: the locals (cells among them marked), other cells, free names."""
    names = list(code.co_varnames)
    kinds = [_CO_FAST_LOCAL | (_CO_FAST_CELL if name in code.co_cellvars else 0) for name in names]
    for name in code.co_cellvars:
        if name not in code.co_varnames:
            names.append(name)
            kinds.append(_CO_FAST_CELL)
    names += code.co_freevars
    kinds += [_CO_FAST_FREE] * len(code.co_freevars)
    return tuple(names), bytes(kinds)


_CodeType = type(_locals_plus.__code__)


def _constant_key(v):
    """How CPython's constants would be told apart: equal values of the same types (recursively, for tuples) are one
    constant; None for the objects to take by identity and reference count."""
    kind = type(v)
    if kind is float or kind is complex:
        return kind, repr(v)
    if kind in (int, str, bytes):
        return kind, v
    if kind is tuple:
        keys = []
        for item in v:
            if item is None or item is True or item is False or item is Ellipsis:
                keys.append(item)
                continue
            key = _constant_key(item)
            if key is None:
                return None
            keys.append(key)
        return kind, tuple(keys)
    return None


def _float_bytes(x):
    import struct
    return struct.pack("<d", x)


def _float_text(x):
    if x != x:
        return "nan"
    if x in (float("inf"), float("-inf")):
        return "inf" if x > 0 else "-inf"
    return format(x, ".17g")


def _reference_baseline():
    """What sys.getrefcount reports in _Writer.object for a list only the list around it refers to."""
    counts = []

    class Probe(_Writer):
        def complex_object(self, v, count):
            counts.append(count)
            super().complex_object(v, count)

    Probe(4).object([[]])
    return counts[1]


class _deep_recursion:
    """Room for the nesting marshal allows (2000 levels, two Python calls each) before its own ValueError."""

    def __enter__(self):
        self.limit = _sys.getrecursionlimit()
        if self.limit < 5000:
            _sys.setrecursionlimit(5000)

    def __exit__(self, *exc):
        _sys.setrecursionlimit(self.limit)


def dumps(value, version=version, /):
    """The bytes marshal.load() reads back as value (version 0 to 4; ints other than that count as 4)."""
    if not isinstance(version, int):
        raise TypeError(f"'{type(version).__name__}' object cannot be interpreted as an integer")
    writer = _Writer(version)
    with _deep_recursion():
        writer.object(value, 1)
    return bytes(writer.out)


def dump(value, file, version=version, /):
    """Writes dumps(value, version) to the binary file; returns what its write() returned."""
    data = dumps(value, version)
    return file.write(data)


class _Reader:
    def __init__(self, data=None, file=None):
        self.data = data
        self.pos = 0
        self.file = file
        self.refs = []
        self.depth = 0

    def take(self, n):
        if self.file is not None:
            buffer = bytearray(n)
            read = self.file.readinto(buffer) if n else 0
            if read is None or read < n:
                raise EOFError("EOF read where not expected" if n == 1 else "marshal data too short")
            return bytes(buffer)
        if self.pos + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return bytes(chunk)

    def byte(self):
        """The next byte, or -1 at the end."""
        if self.file is not None:
            buffer = bytearray(1)
            read = self.file.readinto(buffer)
            return buffer[0] if read else -1
        if self.pos >= len(self.data):
            return -1
        b = self.data[self.pos]
        self.pos += 1
        return b

    def int32(self):
        return int.from_bytes(self.take(4), "little", signed=True)

    def size(self, what):
        n = self.int32()
        if n < 0:
            raise ValueError(f"bad marshal data ({what} size out of range)")
        return n

    def short_text(self):
        n = self.byte()
        if n < 0:
            raise EOFError("EOF read where not expected")
        return self.take(n).decode("latin-1")

    def remember(self, flag, value):
        if flag:
            self.refs.append(value)
        return value

    def reserve(self, flag):
        if flag:
            self.refs.append(None)
            return len(self.refs) - 1
        return -1

    def object(self):
        code = self.byte()
        if code < 0:
            raise EOFError("EOF read where object expected")
        return self.dispatch(code)

    def dispatch(self, code):
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            self.depth -= 1
            raise ValueError("recursion limit exceeded")
        try:
            return self.complex_object(code & ~_FLAG_REF, code & _FLAG_REF)
        finally:
            self.depth -= 1

    def complex_object(self, code, flag):
        if code == 0x30:  # '0'
            raise TypeError("NULL object in marshal data for object")
        if code == 0x4E:
            return None
        if code == 0x46:
            return False
        if code == 0x54:
            return True
        if code == 0x53:
            return StopIteration
        if code == 0x2E:
            return Ellipsis
        if code == _INT:
            return self.remember(flag, self.int32())
        if code == _INT64:
            return self.remember(flag, int.from_bytes(self.take(8), "little", signed=True))
        if code == _LONG:
            n = self.int32()
            if n < -0x7FFFFFFF or n > 0x7FFFFFFF:
                raise ValueError("bad marshal data (long size out of range)")
            value = 0
            digits = [int.from_bytes(self.take(2), "little") for _ in range(abs(n))]
            for digit in digits:
                if digit > 0x7FFF:
                    raise ValueError("bad marshal data (digit out of range in long)")
            if digits and digits[-1] == 0:
                raise ValueError("bad marshal data (unnormalized long data)")
            for digit in reversed(digits):
                value = (value << 15) | digit
            return self.remember(flag, -value if n < 0 else value)
        if code == _FLOAT:
            return self.remember(flag, float(self.short_text()))
        if code == _BINARY_FLOAT:
            return self.remember(flag, _float_from(self.take(8)))
        if code == _COMPLEX:
            real = float(self.short_text())
            imag = float(self.short_text())
            return self.remember(flag, complex(real, imag))
        if code == _BINARY_COMPLEX:
            real = _float_from(self.take(8))
            imag = _float_from(self.take(8))
            return self.remember(flag, complex(real, imag))
        if code == _STRING:
            return self.remember(flag, self.take(self.size("bytes object")))
        if code in (_UNICODE, _INTERNED):
            return self.remember(flag, self.take(self.size("string")).decode("utf-8", "surrogatepass"))
        if code in (_ASCII, _ASCII_INTERNED):
            return self.remember(flag, self.take(self.size("string")).decode("latin-1"))
        if code in (_SHORT_ASCII, _SHORT_ASCII_INTERNED):
            return self.remember(flag, self.short_text())
        if code in (_TUPLE, _SMALL_TUPLE):
            if code == _SMALL_TUPLE:
                n = self.byte()
                if n < 0:
                    raise EOFError("EOF read where not expected")
            else:
                n = self.size("tuple")
            slot = self.reserve(flag)
            value = tuple([self.object() for _ in range(n)])
            if slot >= 0:
                self.refs[slot] = value
            return value
        if code == _LIST:
            n = self.size("list")
            value = self.remember(flag, [])
            for _ in range(n):
                value.append(self.object())
            return value
        if code == _DICT:
            value = self.remember(flag, {})
            while True:
                code = self.byte()
                if code < 0:
                    raise EOFError("EOF read where object expected")
                if code == 0x30:  # '0' ends the items
                    return value
                key = self.dispatch(code)
                value[key] = self.object()
        if code in (_SET, _FROZENSET):
            n = self.size("set")
            if code == _SET:
                value = self.remember(flag, set())
                for _ in range(n):
                    value.add(self.object())
                return value
            slot = self.reserve(flag)
            value = frozenset([self.object() for _ in range(n)])
            if slot >= 0:
                self.refs[slot] = value
            return value
        if code == _REF:
            index = self.int32()
            if index < 0 or index >= len(self.refs) or self.refs[index] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[index]
        if code == _CODE:
            slot = self.reserve(flag)
            argcount, posonly, kwonly, stacksize, flags = (self.int32() for _ in range(5))
            parts = [self.object() for _ in range(8)]
            firstlineno = self.int32()
            linetable = self.object()
            exceptiontable = self.object()
            co_code, consts, names, plus_names, plus_kinds, filename, name, qualname = parts
            if len(plus_names) != len(plus_kinds):
                raise ValueError("bad marshal data (localsplus names and kinds differ in length)")
            varnames = tuple(n for n, k in zip(plus_names, plus_kinds) if k & _CO_FAST_LOCAL)
            cellvars = tuple(n for n, k in zip(plus_names, plus_kinds) if k & _CO_FAST_CELL)
            freevars = tuple(n for n, k in zip(plus_names, plus_kinds) if k & _CO_FAST_FREE)
            value = _CodeType(argcount, posonly, kwonly, len(varnames), stacksize, flags, co_code, consts, names, varnames,
                              filename, name, qualname, firstlineno, linetable, exceptiontable, freevars, cellvars)
            if slot >= 0:
                self.refs[slot] = value
            return value
        raise ValueError("bad marshal data (unknown type code)")


def _float_from(data):
    import struct
    return struct.unpack("<d", data)[0]


def loads(bytes, /):
    """The value the marshal data in bytes (a bytes-like object) stands for; data after it is ignored."""
    if isinstance(bytes, str) or not isinstance(bytes, (type(b""), bytearray, memoryview)):
        raise TypeError(f"a bytes-like object is required, not '{type(bytes).__name__}'")
    with _deep_recursion():
        return _Reader(data=memoryview(bytes).tobytes()).object()


def load(file, /):
    """Reads one value written by dump() from the binary file, leaving the file just after it."""
    with _deep_recursion():
        return _Reader(file=file).object()


_SINGLE_REFERENCE = 1 << 62  # while the baseline is measured
_SINGLE_REFERENCE = _reference_baseline()
