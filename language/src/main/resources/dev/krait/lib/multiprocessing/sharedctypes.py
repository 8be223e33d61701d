"""multiprocessing's shared Value and Array (written for Krait).

Krait has no ctypes and no shared memory: the items live in the shared server (multiprocessing._broker), converted
as ctypes converts them (integers wrap to their C type's width, 'f' rounds to single precision). The objects are
named as the ctypes ones are (c_int, c_int_Array_5) and Value/Array wrap them with a lock as CPython's do."""

import operator
import struct

from multiprocessing import context
from multiprocessing._broker import SharedObject

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

# typecode: (ctypes name, size in bytes, signed) for the integer types; the others are converted by their kind
_INTEGERS = {
    'b': ('c_byte', 1, True), 'B': ('c_ubyte', 1, False),
    'h': ('c_short', 2, True), 'H': ('c_ushort', 2, False),
    'i': ('c_int', 4, True), 'I': ('c_uint', 4, False),
    'l': ('c_long', 8, True), 'L': ('c_ulong', 8, False),
    'q': ('c_long', 8, True), 'Q': ('c_ulong', 8, False),  # on 64-bit Linux ctypes' long long is long
}
_OTHERS = {'c': 'c_char', 'u': 'c_wchar', 'f': 'c_float', 'd': 'c_double'}
_ZERO = {'c': b'\x00', 'u': '', 'f': 0.0, 'd': 0.0}


def _convert(typecode, value):
    """value as the C type of typecode holds it, with ctypes' errors."""
    spec = _INTEGERS.get(typecode)
    if spec is not None:
        value = operator.index(value)
        bits = spec[1] * 8
        value &= (1 << bits) - 1
        if spec[2] and value >= 1 << (bits - 1):
            value -= 1 << bits
        return value
    if typecode in ('f', 'd'):
        if not isinstance(value, (int, float)) and not hasattr(type(value), '__float__') \
                and not hasattr(type(value), '__index__'):
            raise TypeError("must be real number, not %s" % type(value).__name__)
        value = float(value)
        if typecode == 'f':
            value = struct.unpack('f', struct.pack('f', value))[0]
        return value
    if typecode == 'c':
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return bytes(value)
        if isinstance(value, int) and 0 <= value < 256:
            return bytes((value,))
        raise TypeError("one character bytes, bytearray or integer expected")
    if isinstance(value, str) and len(value) == 1:
        return value
    raise TypeError("one character unicode string expected")


def _check_typecode(typecode):
    if typecode not in _INTEGERS and typecode not in _OTHERS:
        raise TypeError("this type has no size")


def _type_name(typecode):
    spec = _INTEGERS.get(typecode)
    return spec[0] if spec is not None else _OTHERS[typecode]


class _CValue(SharedObject):
    """A shared C scalar (what RawValue makes)."""

    _typeid = 'Array'

    def __init__(self, typecode, value):
        self._typecode = typecode
        self._create([value])

    def _shared_state(self):
        state = SharedObject._shared_state(self)
        state['_typecode'] = self._typecode
        return state

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild, (self._typecode, None, self._shared_state())

    @property
    def value(self):
        return self._call('getitem', 0)

    @value.setter
    def value(self, value):
        self._call('setitem', 0, _convert(self._typecode, value))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.value)


class _CArray(SharedObject):
    """A shared C array (what RawArray makes)."""

    _typeid = 'Array'

    def __init__(self, typecode, items):
        self._typecode = typecode
        self._length = len(items)
        self._create(items)

    def _shared_state(self):
        state = SharedObject._shared_state(self)
        state['_typecode'] = self._typecode
        state['_length'] = self._length
        return state

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild, (self._typecode, self._length, self._shared_state())

    def __len__(self):
        return self._length

    def _index(self, index):
        index = operator.index(index)
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("invalid index")
        return index

    def __getitem__(self, index):
        if isinstance(index, slice):
            items = self._call('getitem', index)
            return b''.join(items) if self._typecode == 'c' else ''.join(items) if self._typecode == 'u' else items
        return self._call('getitem', self._index(index))

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            items = [_convert(self._typecode, item) for item in value]
            self._call('setitem', index, items)
        else:
            self._call('setitem', self._index(index), _convert(self._typecode, value))

    def __iter__(self):
        return iter(self[:])

    # character arrays also read and write as a string
    @property
    def value(self):
        if self._typecode not in ('c', 'u'):
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        data = self[:]
        end = data.find(b'\x00' if self._typecode == 'c' else '\x00')
        return data if end < 0 else data[:end]

    @value.setter
    def value(self, value):
        if self._typecode not in ('c', 'u'):
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        if len(value) > self._length:
            raise ValueError("byte string too long" if self._typecode == 'c' else "string too long")
        if len(value) < self._length:
            value = value + (b'\x00' if self._typecode == 'c' else '\x00')
        self[:len(value)] = list(value[i:i + 1] for i in range(len(value)))

    @property
    def raw(self):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return self[:]


_value_types = {}
_array_types = {}


def _value_type(typecode):
    cls = _value_types.get(typecode)
    if cls is None:
        cls = type(_type_name(typecode), (_CValue,), {'__module__': 'multiprocessing.sharedctypes'})
        _value_types[typecode] = cls
    return cls


def _array_type(typecode, length):
    key = (typecode, length)
    cls = _array_types.get(key)
    if cls is None:
        cls = type('%s_Array_%d' % (_type_name(typecode), length), (_CArray,),
                   {'__module__': 'multiprocessing.sharedctypes'})
        _array_types[key] = cls
    return cls


def _rebuild(typecode, length, state):
    """A shared value or array that crossed to another process (its class is made per type and length)."""
    cls = _value_type(typecode) if length is None else _array_type(typecode, length)
    obj = cls.__new__(cls)
    obj.__setstate__(state)
    return obj


def RawValue(typecode_or_type, *args):
    """A shared C scalar without a lock."""
    _check_typecode(typecode_or_type)
    value = _convert(typecode_or_type, args[0]) if args else _ZERO.get(typecode_or_type, 0)
    return _value_type(typecode_or_type)(typecode_or_type, value)


def RawArray(typecode_or_type, size_or_initializer):
    """A shared C array without a lock: of that many zeros, or of the initializer's items."""
    _check_typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        items = [_ZERO.get(typecode_or_type, 0)] * size_or_initializer
    else:
        items = [_convert(typecode_or_type, item) for item in size_or_initializer]
    return _array_type(typecode_or_type, len(items))(typecode_or_type, items)


def _lock_for(lock, ctx):
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        return ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared C scalar; with a lock (the default) wrapped in a Synchronized."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return synchronized(obj, _lock_for(lock, ctx), ctx=ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared C array; with a lock (the default) wrapped in a SynchronizedArray."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return synchronized(obj, _lock_for(lock, ctx), ctx=ctx)


def copy(obj):
    """A new shared object with obj's contents."""
    if isinstance(obj, _CArray):
        return RawArray(obj._typecode, obj[:] if obj._typecode not in ('c', 'u') else list(obj))
    return RawValue(obj._typecode, obj.value)


def synchronized(obj, lock=None, ctx=None):
    """obj wrapped with a lock that its wrapper's acquire/release and `with` take."""
    if lock is None:
        lock = _lock_for(None, ctx)
    if isinstance(obj, _CArray):
        if obj._typecode == 'c':
            return SynchronizedString(obj, lock)
        return SynchronizedArray(obj, lock)
    return Synchronized(obj, lock)


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock if lock is not None else _lock_for(None, ctx)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        context.assert_spawning(self)
        return type(self), (self._obj, self._lock)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self:
            self._obj.value = value


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self:
            self._obj[i] = value


class SynchronizedString(SynchronizedArray):
    @property
    def value(self):
        with self:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self:
            self._obj.value = value

    @property
    def raw(self):
        with self:
            return self._obj.raw
