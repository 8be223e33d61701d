"""Serializing Python objects to bytes and back (Krait's implementation of the pickle format).

Written for Krait from the format's specification (PEP 307, PEP 3154, PEP 574 and the opcode reference of
pickletools): every protocol from 0 to 5 is read and written, and dumps() writes the same bytes as CPython 3.12's
C pickler (the same opcodes, memo indices, batching and 64 KiB frames).
"""

import sys
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
           "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET",
           "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE",
           "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL",
           "INST", "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE",
           "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK",
           "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING",
           "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3",
           "UNICODE"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython's classes come from its C module _pickle; tracebacks and reprs name them after it
for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes (one byte each; the protocol that introduced them in the comment) ----

MARK = b"("             # 0: push the mark
STOP = b"."             # 0: end of the pickle
POP = b"0"              # 0
POP_MARK = b"1"         # 1: pop up to and including the mark
DUP = b"2"              # 0
FLOAT = b"F"            # 0: float as decimal text
INT = b"I"              # 0: int as decimal text (I01/I00 are True/False)
BININT = b"J"           # 1: 4-byte signed
BININT1 = b"K"          # 1: 1-byte unsigned
LONG = b"L"             # 0: int as decimal text with an L
BININT2 = b"M"          # 1: 2-byte unsigned
NONE = b"N"             # 0
PERSID = b"P"           # 0: persistent id as text
BINPERSID = b"Q"        # 1: persistent id from the stack
REDUCE = b"R"           # 0: callable(*args)
STRING = b"S"           # 0: Python 2 str as repr text
BINSTRING = b"T"        # 1: Python 2 str, 4-byte length
SHORT_BINSTRING = b"U"  # 1: Python 2 str, 1-byte length
UNICODE = b"V"          # 0: str as raw-unicode-escape text
BINUNICODE = b"X"       # 1: UTF-8 str, 4-byte length
APPEND = b"a"           # 0
BUILD = b"b"            # 0: __setstate__ or dict update
GLOBAL = b"c"           # 0: module and name as text lines
DICT = b"d"             # 0: dict from the items after the mark
EMPTY_DICT = b"}"       # 1
APPENDS = b"e"          # 1
GET = b"g"              # 0
BINGET = b"h"           # 1
INST = b"i"             # 0: class given as text, arguments after the mark
LONG_BINGET = b"j"      # 1
LIST = b"l"             # 0
EMPTY_LIST = b"]"       # 1
OBJ = b"o"              # 1: class and arguments after the mark
PUT = b"p"              # 0
BINPUT = b"q"           # 1
LONG_BINPUT = b"r"      # 1
SETITEM = b"s"          # 0
TUPLE = b"t"            # 0
EMPTY_TUPLE = b")"      # 1
SETITEMS = b"u"         # 1
BINFLOAT = b"G"         # 1: 8-byte big-endian double

TRUE = b"I01\n"
FALSE = b"I00\n"

PROTO = b"\x80"         # 2
NEWOBJ = b"\x81"        # 2: cls.__new__(cls, *args)
EXT1 = b"\x82"          # 2: extension registry codes
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"        # 2
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"       # 2
NEWFALSE = b"\x89"
LONG1 = b"\x8a"         # 2: little-endian two's complement, 1-byte length
LONG4 = b"\x8b"         # 2: the same, 4-byte length

BINBYTES = b"B"         # 3
SHORT_BINBYTES = b"C"   # 3

SHORT_BINUNICODE = b"\x8c"  # 4
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"

BYTEARRAY8 = b"\x96"    # 5
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_HEADER_SIZE = 9
_BATCHSIZE = 1000
# how deep CPython 3.12's C pickler may nest: each save counts one level, the items of a list or dict one more
_MAX_DEPTH = 1498


def _u32(n):
    return n.to_bytes(4, "little")


def _u64(n):
    return n.to_bytes(8, "little")


def encode_long(x):
    """x as the shortest little-endian two's complement bytes (b'' for 0)."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xFF and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    return int.from_bytes(data, "little", signed=True)


class PickleBuffer:
    """A buffer given to the pickler out of band (protocol 5): wraps any object supporting the buffer protocol."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        view = self._view
        if view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        if not view.c_contiguous:
            raise BufferError("cannot extract raw buffer from non-contiguous buffer")
        return view.cast("B") if view.format != "B" or view.ndim != 1 else view

    def release(self):
        if self._view is not None:
            self._view.release()
            self._view = None

    def __buffer__(self, flags):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


# ---- Python 2 names (pickles of protocols 0-2 use them when fix_imports is true) ----

_PY2_EXCEPTIONS = (
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError", "BytesWarning",
    "DeprecationWarning", "EOFError", "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError", "KeyError",
    "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError",
    "OverflowError", "PendingDeprecationWarning", "ReferenceError", "RuntimeError", "RuntimeWarning",
    "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TypeError",
    "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError")

# Python 2 module -> Python 3 module
_PY2_MODULES = {
    "__builtin__": "builtins", "copy_reg": "copyreg", "Queue": "queue", "SocketServer": "socketserver",
    "ConfigParser": "configparser", "repr": "reprlib", "tkFileDialog": "tkinter.filedialog",
    "tkSimpleDialog": "tkinter.simpledialog", "tkColorChooser": "tkinter.colorchooser",
    "tkCommonDialog": "tkinter.commondialog", "Dialog": "tkinter.dialog", "Tkdnd": "tkinter.dnd",
    "tkFont": "tkinter.font", "tkMessageBox": "tkinter.messagebox", "ScrolledText": "tkinter.scrolledtext",
    "Tkconstants": "tkinter.constants", "Tix": "tkinter.tix", "ttk": "tkinter.ttk", "Tkinter": "tkinter",
    "markupbase": "_markupbase", "_winreg": "winreg", "thread": "_thread", "dummy_thread": "_dummy_thread",
    "dbhash": "dbm.bsd", "dumbdbm": "dbm.dumb", "dbm": "dbm.ndbm", "gdbm": "dbm.gnu", "xmlrpclib": "xmlrpc.client",
    "SimpleXMLRPCServer": "xmlrpc.server", "httplib": "http.client", "htmlentitydefs": "html.entities",
    "HTMLParser": "html.parser", "Cookie": "http.cookies", "cookielib": "http.cookiejar",
    "BaseHTTPServer": "http.server", "test.test_support": "test.support", "commands": "subprocess",
    "urlparse": "urllib.parse", "robotparser": "urllib.robotparser", "urllib2": "urllib.request",
    "anydbm": "dbm", "_abcoll": "collections.abc", "cPickle": "pickle", "_elementtree": "xml.etree.ElementTree",
    "FileDialog": "tkinter.filedialog", "SimpleDialog": "tkinter.simpledialog", "DocXMLRPCServer": "xmlrpc.server",
    "SimpleHTTPServer": "http.server", "CGIHTTPServer": "http.server", "UserDict": "collections",
    "UserList": "collections", "UserString": "collections", "whichdb": "dbm", "StringIO": "io",
    "cStringIO": "io",
}

# (Python 2 module, name) -> (Python 3 module, name)
_PY2_NAMES = {
    ("__builtin__", "xrange"): ("builtins", "range"),
    ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "intern"): ("sys", "intern"),
    ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "unicode"): ("builtins", "str"),
    ("__builtin__", "long"): ("builtins", "int"),
    ("itertools", "izip"): ("builtins", "zip"),
    ("itertools", "imap"): ("builtins", "map"),
    ("itertools", "ifilter"): ("builtins", "filter"),
    ("itertools", "ifilterfalse"): ("itertools", "filterfalse"),
    ("itertools", "izip_longest"): ("itertools", "zip_longest"),
    ("UserDict", "IterableUserDict"): ("collections", "UserDict"),
    ("UserList", "UserList"): ("collections", "UserList"),
    ("UserString", "UserString"): ("collections", "UserString"),
    ("whichdb", "whichdb"): ("dbm", "whichdb"),
    ("_socket", "fromfd"): ("socket", "fromfd"),
    ("_multiprocessing", "Connection"): ("multiprocessing.connection", "Connection"),
    ("multiprocessing.process", "Process"): ("multiprocessing.context", "Process"),
    ("multiprocessing.forking", "Popen"): ("multiprocessing.popen_fork", "Popen"),
    ("urllib", "ContentTooShortError"): ("urllib.error", "ContentTooShortError"),
    ("urllib", "getproxies"): ("urllib.request", "getproxies"),
    ("urllib", "pathname2url"): ("urllib.request", "pathname2url"),
    ("urllib", "quote_plus"): ("urllib.parse", "quote_plus"),
    ("urllib", "quote"): ("urllib.parse", "quote"),
    ("urllib", "unquote_plus"): ("urllib.parse", "unquote_plus"),
    ("urllib", "unquote"): ("urllib.parse", "unquote"),
    ("urllib", "url2pathname"): ("urllib.request", "url2pathname"),
    ("urllib", "urlcleanup"): ("urllib.request", "urlcleanup"),
    ("urllib", "urlencode"): ("urllib.parse", "urlencode"),
    ("urllib", "urlopen"): ("urllib.request", "urlopen"),
    ("urllib", "urlretrieve"): ("urllib.request", "urlretrieve"),
    ("urllib2", "HTTPError"): ("urllib.error", "HTTPError"),
    ("urllib2", "URLError"): ("urllib.error", "URLError"),
}
_PY2_NAMES.update({("exceptions", name): ("builtins", name) for name in _PY2_EXCEPTIONS})
_PY2_NAMES[("exceptions", "StandardError")] = ("builtins", "Exception")

_PY3_MODULES = {new: old for old, new in _PY2_MODULES.items()}
# several Python 2 modules became one: writing picks the one Python 2 had the names in
_PY3_MODULES.update({"builtins": "__builtin__", "collections": "collections", "io": "io", "dbm": "whichdb",
                     "pickle": "cPickle", "xml.etree.ElementTree": "_elementtree", "http.server": "BaseHTTPServer",
                     "tkinter.filedialog": "tkFileDialog", "tkinter.simpledialog": "tkSimpleDialog",
                     "xmlrpc.server": "SimpleXMLRPCServer", "dbm.ndbm": "dbm"})
_PY3_MODULES.update({"_bz2": "bz2", "_dbm": "dbm", "_functools": "functools", "_gdbm": "gdbm", "_pickle": "pickle"})
del _PY3_MODULES["collections"], _PY3_MODULES["io"], _PY3_MODULES["pickle"], _PY3_MODULES["xml.etree.ElementTree"]
_PY3_NAMES = {new: old for old, new in _PY2_NAMES.items()}
_PY3_NAMES[("builtins", "Exception")] = ("exceptions", "Exception")
_PY3_NAMES[("_functools", "reduce")] = ("__builtin__", "reduce")
for _name in ("BlockingIOError", "BrokenPipeError", "ChildProcessError", "ConnectionAbortedError",
              "ConnectionError", "ConnectionRefusedError", "ConnectionResetError", "FileExistsError",
              "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
              "PermissionError", "ProcessLookupError", "TimeoutError"):
    _PY3_NAMES[("builtins", _name)] = ("exceptions", "OSError")
_PY3_NAMES[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
del _name, _cls


# ---- finding globals ----

def _getattribute(obj, dotted_name):
    """obj.a.b for the dotted name 'a.b'; (value, parent)."""
    parent = None
    for part in dotted_name.split("."):
        if part == "<locals>":
            raise AttributeError(f"Can't pickle local object {dotted_name!r}")
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj (known as name) lives in: its __module__, else the first module holding it."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module_name == "__mp_main__" or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _find_global_name(obj, name):
    """(module name, qualified name, the object found, its parent) for obj saved by reference."""
    if name is None:
        name = getattr(obj, "__qualname__", None)
        if name is None:
            name = obj.__name__
    module_name = whichmodule(obj, name)
    try:
        __import__(module_name, level=0)
        module = sys.modules[module_name]
    except (ImportError, KeyError, AttributeError):
        raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} failed") from None
    try:
        found, parent = _getattribute(module, name)
    except AttributeError as exc:
        if str(exc).startswith("Can't pickle local object"):
            raise
        raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed") from None
    if found is not obj:
        raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")
    return module_name, name, module, parent


# ---- the pickler ----

def _check_protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    if not isinstance(protocol, int):
        index = getattr(type(protocol), "__index__", None)
        if index is None:
            raise TypeError(f"'{type(protocol).__name__}' object cannot be interpreted as an integer")
        protocol = index(protocol)
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
    return protocol


def _unicode_escape(text):
    """str as the raw-unicode-escape text of the UNICODE opcode, with \\, NUL, newlines and ^Z escaped too."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out += b"\\U%08x" % code
        elif code >= 0x100 or ch in "\\\0\n\r\x1a":
            out += b"\\u%04x" % code
        else:
            out.append(code)
    return bytes(out)


class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)"""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        self.proto = _check_protocol(protocol)
        if buffer_callback is not None and self.proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.fix_imports = bool(fix_imports) and self.proto < 3
        self.bin = self.proto >= 1
        self.fast = 0
        self.memo = {}
        self._collisions = []
        self._out = bytearray()
        self._frame_start = -1
        self._framing = False
        self._persistent_id = self._reducer_override = None
        self._dispatch_table = dispatch_table
        self._depth = 0

    def clear_memo(self):
        self.memo.clear()
        self._collisions.clear()

    # -- output with framing: a frame is a reserved 9-byte header in _out, filled in (or dropped) on commit --

    def _write(self, data):
        if self._framing and self._frame_start == -1:
            self._frame_start = len(self._out)
            self._out += b"\0" * _FRAME_HEADER_SIZE
        self._out += data

    def _commit_frame(self):
        start = self._frame_start
        if not self._framing or start == -1:
            return
        length = len(self._out) - start - _FRAME_HEADER_SIZE
        if length >= _FRAME_SIZE_MIN:
            self._out[start:start + _FRAME_HEADER_SIZE] = FRAME + _u64(length)
        else:
            del self._out[start:start + _FRAME_HEADER_SIZE]
        self._frame_start = -1
        self._flush()

    def _flush(self):
        if self._out:
            self._file_write(bytes(self._out))
            self._out = bytearray()

    def _opcode_boundary(self):
        if self._framing and self._frame_start != -1 and \
                len(self._out) - self._frame_start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET:
            self._commit_frame()

    def _write_large(self, header, payload):
        """header and a payload of a frame's size or more: outside any frame."""
        if len(payload) < _FRAME_SIZE_TARGET:
            self._write(header + payload)
            return
        framing = self._framing
        self._commit_frame()
        self._framing = False
        self._out += header
        self._out += payload
        self._framing = framing
        if framing:
            self._flush()

    # -- the entry point --

    def dump(self, obj):
        """Writes the pickle of obj to the file."""
        if not hasattr(self, "_out"):
            raise PicklingError(f"Pickler.__init__() was not called by {type(self).__name__}.__init__()")
        if self.proto >= 2:
            self._write(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            self._framing = True
        # the hooks a subclass or the instance defines, looked up once per dump as CPython's pickler does
        self._persistent_id = getattr(self, "persistent_id", None)
        self._reducer_override = getattr(self, "reducer_override", None)
        self._dispatch_table = getattr(self, "dispatch_table", dispatch_table)
        # nesting is bounded by _MAX_DEPTH as in CPython, not by Python's recursion limit: this pickler spends a
        # few Python frames per level where CPython's spends none
        self._depth = 0
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(limit + 5 * _MAX_DEPTH)
        try:
            self.save(obj)
            self._write(STOP)
            self._commit_frame()
            self._flush()
        finally:
            sys.setrecursionlimit(limit)
            self._framing = False
            self._frame_start = -1
            self._out = bytearray()

    # -- the memo --

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo) + len(self._collisions)
        self._write(self._put(index))
        key = _memo_key(obj)
        if key in self.memo:
            self._collisions.append((index, obj))
        else:
            self.memo[key] = index, obj

    def _memo_entry(self, obj):
        """(index, obj) if obj is in the memo. Keys are id()s, which Krait derives from identity hash codes that
        two live objects may share: such a second object goes to _collisions. A str is keyed by its value, as
        Krait's equal strings are one object for `is`."""
        entry = self.memo.get(_memo_key(obj))
        if entry is None or entry[1] is obj:
            return entry
        for entry in self._collisions:
            if entry[1] is obj:
                return entry
        return None

    def _put(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + bytes([index]) if index < 256 else LONG_BINPUT + _u32(index)
        return PUT + str(index).encode("ascii") + b"\n"

    def _get(self, index):
        if self.bin:
            return BINGET + bytes([index]) if index < 256 else LONG_BINGET + _u32(index)
        return GET + str(index).encode("ascii") + b"\n"

    # -- saving --

    def save(self, obj, save_persistent_id=True):
        # (an exception leaves the depth counted: it ends the dump, which starts again from 0)
        self._depth += 1
        if self._depth > _MAX_DEPTH:
            raise RecursionError("maximum recursion depth exceeded while pickling an object")
        self._save(obj, save_persistent_id)
        self._depth -= 1

    def _enter(self):
        self._depth += 1
        if self._depth > _MAX_DEPTH:
            raise RecursionError("maximum recursion depth exceeded while pickling an object")

    def _check_python_call(self, function):
        """CPython counts a call into Python code as one more level: at the limit, its RecursionError."""
        if self._depth >= _MAX_DEPTH - 1 and type(function) is _MethodType:
            raise RecursionError("maximum recursion depth exceeded")

    def _check_python_reduce(self, cls):
        """At the limit, the RecursionError of CPython's call of the reduction: a class's own __reduce_ex__ or
        __reduce__ written in Python, else object.__reduce_ex__'s call of __getstate__."""
        if type(getattr(cls, "__reduce_ex__", None)) is _FunctionType or \
                type(getattr(cls, "__reduce__", None)) is _FunctionType:
            raise RecursionError("maximum recursion depth exceeded")
        raise RecursionError("maximum recursion depth exceeded while calling a Python object")

    def _save(self, obj, save_persistent_id):
        if self._framing:
            self._opcode_boundary()
        if save_persistent_id and self._persistent_id is not None:
            self._check_python_call(self._persistent_id)
            pid = self._persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self._write(NONE)
            return
        if t is bool:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
            return
        if t is int:
            self._save_long(obj)
            return
        if t is float:
            self._save_float(obj)
            return
        entry = self._memo_entry(obj)
        if entry is not None:
            self._write(self._get(entry[0]))
            return
        saver = _SAVERS.get(t)
        if saver is not None and saver(self, obj) is not NotImplemented:
            return
        reduce_value = NotImplemented
        if self._reducer_override is not None:
            self._check_python_call(self._reducer_override)
            reduce_value = self._reducer_override(obj)
        if reduce_value is NotImplemented:
            if t is type:
                self._save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            reduce = self._dispatch_table.get(t)
            if reduce is not None:
                if self._depth >= _MAX_DEPTH - 1 and type(reduce) is _FunctionType:
                    raise RecursionError("maximum recursion depth exceeded")
                reduce_value = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    if self._depth >= _MAX_DEPTH - 1:
                        self._check_python_reduce(t)
                    reduce_value = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError(f"Can't pickle {t.__name__!r} object: {obj!r}")
                    if self._depth >= _MAX_DEPTH - 1:
                        self._check_python_reduce(t)
                    reduce_value = reduce()
        if isinstance(reduce_value, str):
            self.save_global(obj, reduce_value)
            return
        if not isinstance(reduce_value, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(reduce_value) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*reduce_value, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            try:
                text = str(pid).encode("ascii")
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
            self._write(PERSID + text + b"\n")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError(f"length of the NEWOBJ_EX argument tuple must be exactly 3, not {len(args)}")
            cls, new_args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError(f"first item from NEWOBJ_EX argument tuple must be a class, "
                                    f"not {type(cls).__name__}")
            if not isinstance(new_args, tuple):
                raise PicklingError(f"second item from NEWOBJ_EX argument tuple must be a tuple, "
                                    f"not {type(new_args).__name__}")
            if not isinstance(kwargs, dict):
                raise PicklingError(f"third item from NEWOBJ_EX argument tuple must be a dict, "
                                    f"not {type(kwargs).__name__}")
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(new_args)
                self.save(kwargs)
                self._write(NEWOBJ_EX)
            else:
                from functools import partial
                self.save(partial(cls.__new__, cls, *new_args, **kwargs))
                self.save(())
                self._write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self._write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            entry = self._memo_entry(obj)
            if entry is not None:
                self._write(POP + self._get(entry[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2)
                self._write(REDUCE)
                self._write(POP)

    # -- the types with opcodes of their own --

    def _save_long(self, obj):
        if self.bin:
            if 0 <= obj <= 0xFF:
                self._write(BININT1 + bytes([obj]))
                return
            if 0 <= obj <= 0xFFFF:
                self._write(BININT2 + obj.to_bytes(2, "little"))
                return
            if -0x80000000 <= obj <= 0x7FFFFFFF:
                self._write(BININT + obj.to_bytes(4, "little", signed=True))
                return
        if self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                self._write(LONG1 + bytes([len(data)]) + data)
            else:
                self._write(LONG4 + len(data).to_bytes(4, "little", signed=True) + data)
            return
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            self._write(INT + repr(obj).encode("ascii") + b"\n")
        else:
            self._write(LONG + repr(obj).encode("ascii") + b"L\n")

    def _save_float(self, obj):
        if self.bin:
            import struct
            self._write(BINFLOAT + struct.pack(">d", obj))
        else:
            self._write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        self._save_bytes_data(obj)
        self.memoize(obj)

    def _save_bytes_data(self, data):
        n = len(data)
        if n <= 0xFF:
            self._write(SHORT_BINBYTES + bytes([n]) + data)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._write_large(BINBYTES8 + _u64(n), data)
        else:
            self._write_large(BINBYTES + _u32(n), data)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._write_large(BYTEARRAY8 + _u64(len(obj)), bytes(obj))
        self.memoize(obj)

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        view = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                self._save_bytes_data(view.tobytes())
            else:
                self._write_large(BYTEARRAY8 + _u64(len(view)), view.tobytes())
            self.memoize(obj)
        else:
            self._write(NEXT_BUFFER)
            if view.readonly:
                self._write(READONLY_BUFFER)

    def _save_name(self, text, key):
        """Saves the str text memoized under key instead of its value."""
        self._opcode_boundary()
        entry = self.memo.get(key)
        if entry is not None:
            self._write(self._get(entry[0]))
        else:
            self._save_str(text, key)

    def _save_str(self, obj, key=None):
        if self.bin:
            data = obj.encode("utf-8", "surrogatepass")
            n = len(data)
            if n <= 0xFF and self.proto >= 4:
                self._write(SHORT_BINUNICODE + bytes([n]) + data)
            elif n > 0xFFFFFFFF and self.proto >= 4:
                self._write_large(BINUNICODE8 + _u64(n), data)
            else:
                self._write_large(BINUNICODE + _u32(n), data)
        else:
            self._write(UNICODE + _unicode_escape(obj) + b"\n")
        if key is None:
            self.memoize(obj)
        elif not self.fast:
            index = len(self.memo) + len(self._collisions)
            self._write(self._put(index))
            self.memo[key] = index, obj

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            entry = self._memo_entry(obj)
            if entry is not None:
                self._write(POP * n + self._get(entry[0]))
            else:
                self._write(_TUPLE_SIZE_OPS[n])
                self.memoize(obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        entry = self._memo_entry(obj)
        if entry is not None:
            if self.bin:
                self._write(POP_MARK + self._get(entry[0]))
            else:
                self._write(POP * (n + 1) + self._get(entry[0]))
            return
        self._write(TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        self._enter()
        self._save_list_items(obj)
        self._depth -= 1

    def _save_list_items(self, obj):
        if not self.bin:
            self._batch_appends(iter(obj))
            return
        if len(obj) == 1:
            self.save(obj[0])
            self._write(APPEND)
            return
        total = 0
        while total < len(obj):
            self._write(MARK)
            count = 0
            while total < len(obj) and count < _BATCHSIZE:
                self.save(obj[total])
                total += 1
                count += 1
            self._write(APPENDS)

    def _batch_appends(self, items):
        if not self.bin:
            for item in items:
                self.save(item)
                self._write(APPEND)
            return
        items = iter(items)
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                self._write(MARK)
                for item in batch:
                    self.save(item)
                self._write(APPENDS)
            elif batch:
                self.save(batch[0])
                self._write(APPEND)
            if len(batch) < _BATCHSIZE:
                return

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        self._enter()
        self._save_dict_items(obj)
        self._depth -= 1

    def _save_dict_items(self, obj):
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        if len(obj) == 1:
            for key, value in obj.items():
                self.save(key)
                self.save(value)
            self._write(SETITEM)
            return
        items = list(obj.items())
        for start in range(0, len(items), _BATCHSIZE):
            self._write(MARK)
            for key, value in items[start:start + _BATCHSIZE]:
                self.save(key)
                self.save(value)
            self._write(SETITEMS)

    def _batch_setitems(self, items):
        if not self.bin:
            for key, value in items:
                self.save(key)
                self.save(value)
                self._write(SETITEM)
            return
        items = iter(items)
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                self._write(MARK)
                for key, value in batch:
                    self.save(key)
                    self.save(value)
                self._write(SETITEMS)
            elif batch:
                key, value = batch[0]
                self.save(key)
                self.save(value)
                self._write(SETITEM)
            if len(batch) < _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCHSIZE):
            self._write(MARK)
            for item in items[start:start + _BATCHSIZE]:
                self.save(item)
            self._write(ADDITEMS)

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        entry = self._memo_entry(obj)
        if entry is not None:
            self._write(POP_MARK + self._get(entry[0]))
            return
        self._write(FROZENSET)
        self.memoize(obj)

    def _save_type(self, obj):
        if obj is type(None):
            self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            self.save_reduce(type, (...,), obj=obj)
        else:
            self.save_global(obj)

    def save_global(self, obj, name=None):
        module_name, name, module, parent = _find_global_name(obj, name)
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xFF:
                    self._write(EXT1 + bytes([code]))
                elif code <= 0xFFFF:
                    self._write(EXT2 + code.to_bytes(2, "little"))
                else:
                    self._write(EXT4 + code.to_bytes(4, "little", signed=True))
                return
        lastname = name.rpartition(".")[2]
        if self.proto >= 4:
            # CPython's strings are shared only when they are one object: a C function's module name is not its
            # module's type's module name (array._array_reconstructor, array.array), and a C type's name is made
            # anew (datetime.datetime)
            if type(obj) is _BuiltinFunctionType:
                self._save_name(module_name, ("module of a builtin function", module_name))
            else:
                self.save(module_name)
            if name == module_name:
                self._save_name(name, ("a name made anew", len(self.memo)))
            else:
                self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            self._write(GLOBAL + module_name.encode("utf-8") + b"\n" + name.encode("utf-8") + b"\n")
        else:
            if self.fix_imports:
                if (module_name, name) in _PY3_NAMES:
                    module_name, name = _PY3_NAMES[(module_name, name)]
                elif module_name in _PY3_MODULES:
                    module_name = _PY3_MODULES[module_name]
            try:
                self._write(GLOBAL + module_name.encode("ascii") + b"\n" + name.encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle global identifier '{module_name}.{name}' using pickle "
                                    f"protocol {self.proto}") from None
        self.memoize(obj)


def _memo_key(obj):
    return obj if type(obj) is str else id(obj)


def _function():
    pass


_FunctionType = type(_function)
_BuiltinFunctionType = type(len)

_TUPLE_SIZE_OPS = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_SAVERS = {
    bytes: Pickler._save_bytes, str: Pickler._save_str, dict: Pickler._save_dict, set: Pickler._save_set,
    frozenset: Pickler._save_frozenset, list: Pickler._save_list, tuple: Pickler._save_tuple,
    bytearray: Pickler._save_bytearray, PickleBuffer: Pickler._save_picklebuffer,
}


# ---- the unpickler ----

class _Input:
    """Reads the pickle: from bytes in memory, or from a file (a frame is read from it whole)."""

    def __init__(self, file=None, data=None):
        self._file_read = file.read if file is not None else None
        self._file_readline = file.readline if file is not None else None
        self._data = data if data is not None else b""
        self._pos = 0

    def read(self, n):
        pos = self._pos
        end = pos + n
        if end <= len(self._data):
            self._pos = end
            return self._data[pos:end]
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        rest = self._data[pos:]
        self._data = b""
        self._pos = 0
        more = self._file_read(n - len(rest))
        if not isinstance(more, bytes):
            more = bytes(more)
        data = rest + more
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        data = self._data
        pos = self._pos
        end = data.find(b"\n", pos)
        if end >= 0:
            self._pos = end + 1
            return data[pos:end + 1]
        if self._file_readline is None:
            raise UnpicklingError("pickle data was truncated")
        rest = data[pos:]
        self._data = b""
        self._pos = 0
        line = rest + self._file_readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load_frame(self, size):
        if self._pos < len(self._data) and self._file_read is not None:
            raise UnpicklingError("beginning of a new frame before end of current frame")
        if self._file_read is not None:
            rest = self._data[self._pos:]
            self._data = rest + self.read(size)
            self._pos = 0
        elif self._pos + size > len(self._data):
            raise UnpicklingError("pickle data was truncated")


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())"""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        if not (hasattr(file, "read") and hasattr(file, "readline")):
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._input = _Input(file=file)
        self._setup(fix_imports, encoding, errors, buffers)

    def _setup(self, fix_imports, encoding, errors, buffers):
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.proto = 0

    def load(self):
        """Reads one pickled object from the file and returns it."""
        if not hasattr(self, "_input"):
            raise UnpicklingError(f"Unpickler.__init__() was not called by {type(self).__name__}.__init__()")
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        read = self._input.read
        try:
            while True:
                try:
                    key = read(1)
                except UnpicklingError:
                    raise EOFError("Ran out of input") from None
                loader = _LOADERS.get(key[0])
                if loader is None:
                    raise UnpicklingError(f"invalid load key, {_key_text(key[0])}.")
                loader(self)
        except _Stop as stop:
            return stop.value
        finally:
            self.stack = self.metastack = None

    # -- the stack --

    def _pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def _line(self):
        return self._input.readline()[:-1]

    # -- globals and persistent ids --

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY2_NAMES:
                module, name = _PY2_NAMES[(module, name)]
            elif module in _PY2_MODULES:
                module = _PY2_MODULES[module]
        __import__(module, level=0)
        if self.proto >= 4:
            try:
                return _getattribute(sys.modules[module], name)[0]
            except AttributeError:
                raise AttributeError(f"Can't get attribute {name!r} on {sys.modules[module]!r}") from None
        try:
            return getattr(sys.modules[module], name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {sys.modules[module]!r}") from None

    def _persistent_load(self, pid):
        load = getattr(self, "persistent_load", None)
        if load is None:
            raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load "
                                  "function was specified.")
        return load(pid)

    def _decode_string(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    # -- the opcodes --

    def load_proto(self):
        proto = self._input.read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto

    def load_frame(self):
        size = int.from_bytes(self._input.read(8), "little")
        if size > sys.maxsize:
            raise ValueError(f"frame size > sys.maxsize: {size}")
        self._input.load_frame(size)

    def load_persid(self):
        try:
            pid = self._line().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self._persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self._persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._line()
        if data == b"00":
            value = False
        elif data == b"01":
            value = True
        else:
            value = _c_integer(data)
        self.append(value)

    def load_binint(self):
        self.append(int.from_bytes(self._input.read(4), "little", signed=True))

    def load_binint1(self):
        self.append(self._input.read(1)[0])

    def load_binint2(self):
        self.append(int.from_bytes(self._input.read(2), "little"))

    def load_long(self):
        data = self._line()
        if data[-1:] == b"L":
            data = data[:-1]
        self.append(int(data, 0))

    def load_long1(self):
        n = self._input.read(1)[0]
        self.append(decode_long(self._input.read(n)))

    def load_long4(self):
        n = int.from_bytes(self._input.read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._input.read(n)))

    def load_float(self):
        line = self._input.readline()
        try:
            self.append(float(line[:-1]))
        except ValueError:
            raise ValueError(f"could not convert string to float: '{line.decode('latin-1')}'") from None

    def load_binfloat(self):
        import struct
        self.append(struct.unpack(">d", self._input.read(8))[0])

    def load_string(self):
        data = self._line()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = int.from_bytes(self._input.read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._input.read(n)))

    def load_short_binstring(self):
        n = self._input.read(1)[0]
        self.append(self._decode_string(self._input.read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self._input.read(4), "little")
        self.append(bytes(self._input.read(n)))

    def load_short_binbytes(self):
        n = self._input.read(1)[0]
        self.append(bytes(self._input.read(n)))

    def load_binbytes8(self):
        n = int.from_bytes(self._input.read(8), "little")
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(bytes(self._input.read(n)))

    def load_bytearray8(self):
        n = int.from_bytes(self._input.read(8), "little")
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(bytearray(self._input.read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            buffer = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buffer)

    def load_readonly_buffer(self):
        buffer = self._top()
        view = memoryview(buffer)
        if not view.readonly:
            self.stack[-1] = view.toreadonly()

    def load_unicode(self):
        self.append(_unicode_unescape(self._line()))

    def load_binunicode(self):
        n = int.from_bytes(self._input.read(4), "little")
        self.append(str(self._input.read(n), "utf-8", "surrogatepass"))

    def load_binunicode8(self):
        n = int.from_bytes(self._input.read(8), "little")
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(str(self._input.read(n), "utf-8", "surrogatepass"))

    def load_short_binunicode(self):
        n = self._input.read(1)[0]
        self.append(str(self._input.read(n), "utf-8", "surrogatepass"))

    def load_tuple(self):
        items = self._pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self._top(),)

    def load_tuple2(self):
        if len(self.stack) < 2:
            self._underflow()
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        if len(self.stack) < 3:
            self._underflow()
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def _underflow(self):
        raise UnpicklingError("unpickling stack underflow")

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self._pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self._pop_mark()
        self.append(items)

    def load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._line().decode("ascii")
        name = self._line().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())

    def load_obj(self):
        args = self._pop_mark()
        if not args:
            self._underflow()
        klass = args.pop(0)
        self._instantiate(klass, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError(f"NEWOBJ class argument must be a type, not {type(cls).__name__}")
        if not isinstance(args, tuple):
            raise UnpicklingError(f"NEWOBJ args argument must be a tuple, not {type(args).__name__}")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError(f"NEWOBJ_EX class argument must be a type, not {type(cls).__name__}")
        if not isinstance(args, tuple):
            raise UnpicklingError(f"NEWOBJ_EX args argument must be a tuple, not {type(args).__name__}")
        if not isinstance(kwargs, dict):
            raise UnpicklingError(f"NEWOBJ_EX kwargs argument must be a dict, not {type(kwargs).__name__}")
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._line().decode("utf-8")
        name = self._line().decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_extension(self, code):
        value = _extension_cache.get(code, _MISSING)
        if value is not _MISSING:
            self.append(value)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError(f"unregistered extension code {code}")
        value = self.find_class(*key)
        _extension_cache[code] = value
        self.append(value)

    def load_ext1(self):
        self._load_extension(self._input.read(1)[0])

    def load_ext2(self):
        self._load_extension(int.from_bytes(self._input.read(2), "little"))

    def load_ext4(self):
        self._load_extension(int.from_bytes(self._input.read(4), "little", signed=True))

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self._pop_mark()
        else:
            self._underflow()

    def load_pop_mark(self):
        self._pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, index):
        try:
            self.append(self.memo[index])
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {index}") from None

    def load_get(self):
        self._memo_get(int(self._line()))

    def load_binget(self):
        self._memo_get(self._input.read(1)[0])

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self._input.read(4), "little"))

    def _memo_put(self, index):
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def load_put(self):
        self._memo_put(int(self._line()))

    def load_binput(self):
        self._memo_put(self._input.read(1)[0])

    def load_long_binput(self):
        index = int.from_bytes(self._input.read(4), "little")
        if index > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self._memo_put(index)

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self._pop_mark()
        target = self._top()
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)

    def load_setitem(self):
        if len(self.stack) < 3:
            self._underflow()
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def load_setitems(self):
        items = self._pop_mark()
        target = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set) and type(target) in (set, frozenset):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for key, value in state.items():
                if type(key) is str:
                    inst_dict[intern(key)] = value
                else:
                    inst_dict[key] = value
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())


_MISSING = object()


def _c_integer(text):
    """The int of the INT opcode's text, read as C's strtol with base 0 would (0x hex, a leading 0 for octal)."""
    body = text.strip()
    sign = 1
    if body[:1] in (b"+", b"-"):
        sign = -1 if body[:1] == b"-" else 1
        body = body[1:]
    try:
        if body[:2] in (b"0x", b"0X"):
            return sign * int(body[2:], 16)
        if body[:1] == b"0" and len(body) > 1:
            return sign * int(body[1:], 8)
        return sign * int(body, 10)
    except ValueError:
        raise ValueError("could not convert string to int") from None


def _key_text(code):
    """The opcode byte as CPython's message shows it: the character, or a \\x escape."""
    return "'" + (chr(code) if 0x20 <= code < 0x7F else "\\x%02x" % code) + "'"


def _unicode_unescape(data):
    """The str of the UNICODE opcode's raw-unicode-escape text: Latin-1 with \\uXXXX and \\UXXXXXXXX escapes."""
    parts = []
    i = 0
    n = len(data)
    backslashes = 0
    while i < n:
        c = data[i]
        if c == 0x5C and i + 1 < n and data[i + 1] in b"uU" and backslashes % 2 == 0:
            width = 4 if data[i + 1] == 0x75 else 8
            digits = data[i + 2:i + 2 + width]
            try:
                if len(digits) != width or not all(d in b"0123456789abcdefABCDEF" for d in digits):
                    raise ValueError
                code = int(digits, 16)
                parts.append(chr(code))
            except ValueError:
                kind = "\\uXXXX" if width == 4 else "\\UXXXXXXXX"
                raise UnicodeDecodeError("rawunicodeescape", bytes(data), i, min(n, i + 2 + width),
                                         "truncated " + kind + " escape") from None
            i += 2 + width
            backslashes = 0
            continue
        backslashes = backslashes + 1 if c == 0x5C else 0
        parts.append(chr(c))
        i += 1
    return "".join(parts)


def _escape_decode(data):
    """The bytes a Python 2 string literal's body stands for (the STRING opcode)."""
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord("\\"): 0x5C, ord("'"): 0x27, ord('"'): 0x22, ord("a"): 7, ord("b"): 8, ord("f"): 12,
              ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("v"): 11}
    while i < n:
        c = data[i]
        if c != 0x5C or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        c = data[i + 1]
        i += 2
        if c in simple:
            out.append(simple[c])
        elif c == 0x0A:
            pass
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(value & 0xFF)
        elif c == ord("x"):
            digits = data[i:i + 2]
            try:
                if len(digits) < 2:
                    raise ValueError
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError(f"invalid \\x escape at position {i - 2}") from None
            i += 2
        else:
            out.append(0x5C)
            out.append(c)
    return bytes(out)


_LOADERS = {
    MARK[0]: Unpickler.load_mark, STOP[0]: Unpickler.load_stop, POP[0]: Unpickler.load_pop,
    POP_MARK[0]: Unpickler.load_pop_mark, DUP[0]: Unpickler.load_dup, FLOAT[0]: Unpickler.load_float,
    INT[0]: Unpickler.load_int, BININT[0]: Unpickler.load_binint, BININT1[0]: Unpickler.load_binint1,
    LONG[0]: Unpickler.load_long, BININT2[0]: Unpickler.load_binint2, NONE[0]: Unpickler.load_none,
    PERSID[0]: Unpickler.load_persid, BINPERSID[0]: Unpickler.load_binpersid,
    REDUCE[0]: Unpickler.load_reduce, STRING[0]: Unpickler.load_string,
    BINSTRING[0]: Unpickler.load_binstring, SHORT_BINSTRING[0]: Unpickler.load_short_binstring,
    UNICODE[0]: Unpickler.load_unicode, BINUNICODE[0]: Unpickler.load_binunicode,
    APPEND[0]: Unpickler.load_append, BUILD[0]: Unpickler.load_build, GLOBAL[0]: Unpickler.load_global,
    DICT[0]: Unpickler.load_dict, EMPTY_DICT[0]: Unpickler.load_empty_dict,
    APPENDS[0]: Unpickler.load_appends, GET[0]: Unpickler.load_get, BINGET[0]: Unpickler.load_binget,
    INST[0]: Unpickler.load_inst, LONG_BINGET[0]: Unpickler.load_long_binget, LIST[0]: Unpickler.load_list,
    EMPTY_LIST[0]: Unpickler.load_empty_list, OBJ[0]: Unpickler.load_obj, PUT[0]: Unpickler.load_put,
    BINPUT[0]: Unpickler.load_binput, LONG_BINPUT[0]: Unpickler.load_long_binput,
    SETITEM[0]: Unpickler.load_setitem, TUPLE[0]: Unpickler.load_tuple,
    EMPTY_TUPLE[0]: Unpickler.load_empty_tuple, SETITEMS[0]: Unpickler.load_setitems,
    BINFLOAT[0]: Unpickler.load_binfloat, PROTO[0]: Unpickler.load_proto, NEWOBJ[0]: Unpickler.load_newobj,
    EXT1[0]: Unpickler.load_ext1, EXT2[0]: Unpickler.load_ext2, EXT4[0]: Unpickler.load_ext4,
    TUPLE1[0]: Unpickler.load_tuple1, TUPLE2[0]: Unpickler.load_tuple2, TUPLE3[0]: Unpickler.load_tuple3,
    NEWTRUE[0]: Unpickler.load_true, NEWFALSE[0]: Unpickler.load_false, LONG1[0]: Unpickler.load_long1,
    LONG4[0]: Unpickler.load_long4, BINBYTES[0]: Unpickler.load_binbytes,
    SHORT_BINBYTES[0]: Unpickler.load_short_binbytes, SHORT_BINUNICODE[0]: Unpickler.load_short_binunicode,
    BINUNICODE8[0]: Unpickler.load_binunicode8, BINBYTES8[0]: Unpickler.load_binbytes8,
    EMPTY_SET[0]: Unpickler.load_empty_set, ADDITEMS[0]: Unpickler.load_additems,
    FROZENSET[0]: Unpickler.load_frozenset, NEWOBJ_EX[0]: Unpickler.load_newobj_ex,
    STACK_GLOBAL[0]: Unpickler.load_stack_global, MEMOIZE[0]: Unpickler.load_memoize,
    FRAME[0]: Unpickler.load_frame, BYTEARRAY8[0]: Unpickler.load_bytearray8,
    NEXT_BUFFER[0]: Unpickler.load_next_buffer, READONLY_BUFFER[0]: Unpickler.load_readonly_buffer,
}


class _BytesSink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


_MethodType = type(_BytesSink().write)  # a bound method of a class written in Python


Pickler.__module__ = Unpickler.__module__ = "_pickle"


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of obj to the open binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj as bytes."""
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b"".join(sink.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Reads one pickled object from the open binary file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """The object the pickle data stands for."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    unpickler = Unpickler.__new__(Unpickler)
    unpickler._input = _Input(data=bytes(data))
    unpickler._setup(fix_imports, encoding, errors, buffers)
    return unpickler.load()


# CPython's functions come from its C module _pickle too
for _public in (dump, dumps, load, loads):
    _public.__module__ = "_pickle"
del _public

# CPython keeps its Python implementation beside the C one under these names; Krait has one implementation
_Pickler, _Unpickler = Pickler, Unpickler
_dump, _dumps, _load, _loads = dump, dumps, load, loads
