"""Looking at live objects: predicates, members, source code, frames and call signatures (written for Krait)."""

import builtins
import collections.abc
import enum
import functools
import linecache
import os
import sys
import types
from collections import namedtuple
from keyword import iskeyword
from operator import attrgetter

# Code object flags, as CPython's
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


# ---- predicates ----

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods of Python functions."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """True for Python functions (def and lambda)."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    f = _unwrap_partial(f)
    while ismethod(f):
        f = f.__func__
        f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    """True for functions whose calls make generators."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_marker = object()


def markcoroutinefunction(func):
    """Marks func so that iscoroutinefunction() is true for it."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_marker
    return func


def _has_coroutine_mark(f):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    return getattr(f, '_is_coroutine_marker', None) is _is_coroutine_marker


def iscoroutinefunction(obj):
    """True for async def functions (and functions marked with markcoroutinefunction)."""
    return _has_code_flag(obj, CO_COROUTINE) or _has_coroutine_mark(obj)


def isasyncgenfunction(obj):
    """True for async generator functions."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """True for async generator objects."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """True for generator objects."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """True for coroutine objects."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """True for objects await accepts."""
    return (isinstance(object, types.CoroutineType) or
            isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            isinstance(object, collections.abc.Awaitable))


def istraceback(object):
    """True for traceback objects."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """True for frame objects."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """True for code objects."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for builtin functions and bound builtin methods."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """True for method-wrapper objects."""
    return isinstance(object, getattr(types, 'MethodWrapperType', ()))


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    """True for abstract base classes with abstract methods left."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    if not isinstance(object, type(collections.abc.Sized)):
        return False
    if hasattr(object, '__abstractmethods__'):
        return False
    # a class still being made (as in __init_subclass__): look at its methods
    for name, value in object.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(object, name, None)
            if getattr(value, '__isabstractmethod__', False):
                return True
    return False


def ismethoddescriptor(object):
    """True for objects with __get__ and no __set__ that are not classes, methods or functions."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__') and not hasattr(tp, '__delete__')


def isdatadescriptor(object):
    """True for objects with __set__ or __delete__ that are not classes, methods or functions."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """True for __slots__ member descriptors."""
    member_type = getattr(types, 'MemberDescriptorType', None)
    return member_type is not None and isinstance(object, member_type)


def isgetsetdescriptor(object):
    """True for getset descriptors of builtin types."""
    getset_type = getattr(types, 'GetSetDescriptorType', None)
    return getset_type is not None and isinstance(object, getset_type)


# ---- members ----

def getmro(cls):
    """The class's method resolution order."""
    return cls.__mro__


def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """All (name, value) pairs of object's attributes, sorted by name, those predicate accepts."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """As getmembers, without running descriptors, __getattr__ or __getattribute__."""
    return _getmembers(object, predicate, getattr_static)


_sentinel = object()


def _static_getmro(klass):
    return type.__getattribute__(klass, '__mro__')


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            try:
                return entry.__dict__[attr]
            except KeyError:
                pass
    return _sentinel


def _shadowed_dict(klass):
    """A '__dict__' entry of klass's classes that replaces the standard one, or _sentinel."""
    for entry in _static_getmro(klass):
        class_dict = type.__getattribute__(entry, '__dict__')
        if '__dict__' in class_dict and entry.__module__ != 'builtins':
            value = class_dict['__dict__']
            if not (type(value).__name__ == 'getset_descriptor' and getattr(value, '__name__', None) == '__dict__'):
                return value
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """The attribute as stored, found without running descriptors, __getattr__ or __getattribute__."""
    instance_result = _sentinel
    objtype = type(obj)
    if type not in _static_getmro(objtype):
        klass = objtype
        dict_attr = _shadowed_dict(klass)
        if dict_attr is _sentinel or ismemberdescriptor(dict_attr):
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if _check_class(type(klass_result), '__get__') is not _sentinel and (
                _check_class(type(klass_result), '__set__') is not _sentinel
                or _check_class(type(klass_result), '__delete__') is not _sentinel):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                try:
                    return entry.__dict__[attr]
                except KeyError:
                    pass
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    """Follows the chain of __wrapped__ attributes to the innermost function."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if id_func in memo or len(memo) >= recursion_limit:
            raise ValueError(f'wrapper loop when unwrapping {f!r}')
        memo[id_func] = func
    return func


# ---- documentation and source ----

def cleandoc(doc):
    """A docstring with its indentation removed and blank lines at both ends dropped."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__doc__
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and self.__qualname__ + '.' + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        cls = getattr(obj, '__objclass__', None)
        if name is None or cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, functools.cached_property):
        name = obj.attrname
        cls = _findclass(obj.func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """The object's documentation, cleaned up; inherited from a base class when it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError(f'module, class, method, function, traceback, frame, or code object was expected, '
                    f'got {type(object).__name__}')


def getmodulename(path):
    """The module name a file path would import as, or None."""
    fname = os.path.basename(path)
    for suffix in ('.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """The source file object was defined in, or None when it cannot be found."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif not filename.endswith('.py') and not (filename.startswith('<') and filename.endswith('>')):
        if not os.path.exists(filename):
            return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """The absolute, normalized path of object's source file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None:
        for module in list(sys.modules.values()):
            if getattr(module, '__file__', None) == _filename:
                return module
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    for module in list(sys.modules.values()):
        f = getattr(module, '__file__', None)
        if isinstance(f, str) and os.path.normcase(os.path.abspath(f)) == file:
            return module
    main = sys.modules.get('__main__')
    if main is not None and hasattr(object, '__name__') and getattr(main, object.__name__, None) is object:
        return main
    return None


class ClassFoundException(Exception):
    pass


def findsource(object):
    """All lines of object's source file and the index of its first line; OSError when there is no source."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__ if module else None)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        qualname = object.__qualname__
        line = _find_class_line(lines, qualname)
        if line is None:
            raise OSError('could not find class definition')
        return lines, line
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def _find_class_line(lines, qualname):
    """The index of the line where the class named by qualname starts (its first decorator)."""
    import ast
    tree = ast.parse(''.join(lines))
    found = []

    def search(body, prefix):
        for node in body:
            if isinstance(node, ast.ClassDef):
                name = prefix + node.name
                if name == qualname:
                    line = node.lineno
                    if node.decorator_list:
                        line = min(line, node.decorator_list[0].lineno)
                    found.append(line - 1)
                search(node.body, name + '.')
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                search(node.body, prefix + node.name + '.<locals>.')
            else:
                for field in ('body', 'orelse', 'finalbody', 'handlers', 'cases'):
                    inner = getattr(node, field, None)
                    if isinstance(inner, list):
                        search([n for n in inner if isinstance(n, ast.stmt)], prefix)
                        for n in inner:
                            if isinstance(n, (ast.excepthandler, ast.match_case)):
                                search(n.body, prefix)

    search(tree.body, '')
    return found[0] if found else None


def getblock(lines):
    """The lines of the definition or statement the first line starts."""
    return _block_lines(lines, 0)


def getsourcelines(object):
    """The lines of object's source and the number of its first line (0 for a module)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return _block_lines(lines, lnum), lnum + 1


def _block_lines(lines, lnum):
    """The lines of the definition or statement starting at index lnum: up to the first line, indented no more
    than it, where what came before parses (so decorators, continuation lines and nested blocks stay in).
    Trailing comments stay when indented at least as much as the body, as CPython's tokenizer-based search has it."""
    import ast
    indent = indentsize(lines[lnum])
    body = [line[indent:] if line[:indent].strip() == '' else line.lstrip() for line in lines[lnum:]]
    block = lines[lnum:]
    body_column = None
    for end in range(1, len(body) + 1):
        if end < len(body):
            following = body[end]
            if not following.strip() or following.lstrip().startswith('#') or following[:1].isspace():
                continue
        try:
            tree = ast.parse(''.join(body[:end]))
        except SyntaxError:
            continue
        block = lines[lnum:lnum + end]
        if tree.body and getattr(tree.body[0], 'body', None) and isinstance(tree.body[0].body, list):
            body_column = indent + tree.body[0].body[0].col_offset
        break
    while len(block) > 1:
        last = block[-1]
        if last.strip() and not (last.lstrip().startswith('#')
                                 and (body_column is None or indentsize(last) < body_column)):
            break
        block.pop()
    return block


def getsource(object):
    """The source text of object: a module, class, method, function, traceback, frame or code object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """The comment lines just above object's source (or at the top of a module), or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
        return None
    if lnum > 0:
        indent = len(lines[lnum].expandtabs()) - len(lines[lnum].expandtabs().lstrip())
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and \
                len(lines[end].expandtabs()) - len(lines[end].expandtabs().lstrip()) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end -= 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and \
                        len(lines[end].expandtabs()) - len(lines[end].expandtabs().lstrip()) == indent:
                    comments[:0] = [comment]
                    end -= 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


# ---- frames and the stack ----

Traceback = namedtuple('Traceback', 'filename lineno function code_context index')

_FrameInfo = namedtuple('_FrameInfo', 'frame filename lineno function code_context index')


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, index={!r}, '
                'positions={!r})'.format(self.frame, self.filename, self.lineno, self.function, self.code_context,
                                         self.index, self.positions))


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def getframeinfo(frame, context=1):
    """A Traceback(filename, lineno, function, code_context, index) for a frame or traceback."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    """The line number the frame is at."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for frame and each frame that called it, innermost first."""
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=None))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frames, outermost first."""
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info, positions=None))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo records for the caller's frame and those above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the frames between the current one and where the handled exception was raised."""
    return getinnerframes(sys.exc_info()[2], context)


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    """The generator's local variables (empty once it is closed)."""
    if not isgenerator(generator):
        raise TypeError(f'{generator!r} is not a Python generator')
    frame = getattr(generator, 'gi_frame', None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def getcoroutinelocals(coroutine):
    """The coroutine's local variables (empty once it is closed)."""
    frame = getattr(coroutine, 'cr_frame', None)
    if frame is not None:
        return frame.f_locals
    return {}


# ---- annotations ----

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's annotations (a class, module or callable); strings evaluated when eval_str."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        if obj_dict and hasattr(obj_dict, 'get'):
            ann = obj_dict.get('__annotations__', None)
            if isinstance(ann, types.GetSetDescriptorType if hasattr(types, 'GetSetDescriptorType') else ()):
                ann = None
        else:
            ann = None
        obj_globals = None
        module_name = getattr(obj, '__module__', None)
        if module_name:
            module = sys.modules.get(module_name, None)
            if module:
                obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_target = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap_target = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_target = obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_target is not None:
        while True:
            if hasattr(unwrap_target, '__wrapped__'):
                unwrap_target = unwrap_target.__wrapped__
                continue
            if isinstance(unwrap_target, functools.partial):
                unwrap_target = unwrap_target.func
                continue
            break
        if hasattr(unwrap_target, '__globals__'):
            obj_globals = unwrap_target.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals or {}
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


# ---- signatures ----

class _void:
    """A marker: no value was given."""


class _empty:
    """Marks a parameter or return annotation that was not given."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {0: 'positional-only', 1: 'positional or keyword', 2: 'variadic positional', 3: 'keyword-only',
                      4: 'variadic keyword'}

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    """An annotation as signatures print it."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[0] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f'implicit arguments must be passed as positional or keyword arguments, '
                                 f'not {self._kind.description}')
            self._kind = _POSITIONAL_ONLY
            name = f'implicit{name[1:]}'
        is_keyword = iskeyword(name) and self._kind is not _POSITIONAL_ONLY
        if is_keyword or not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind), {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given attributes changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = f'{formatted}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = f'{formatted} = {self._default!r}'
            else:
                formatted = f'{formatted}={self._default!r}'
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return f'<{self.__class__.__name__} "{self}">'

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: which argument went to which parameter."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Adds the defaults of the parameters no argument was bound to (() and {} for *args and **kwargs)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    value = param.default
                elif param.kind is _VAR_POSITIONAL:
                    value = ()
                elif param.kind is _VAR_KEYWORD:
                    value = {}
                else:
                    continue
                new_arguments.append((name, value))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = [f'{arg}={value!r}' for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError(f'wrong parameter order: {top_kind.description} parameter before '
                                     f'{kind.description} parameter')
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError(f'duplicate parameter name: {name!r}')
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of any callable."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given parameters or return annotation."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values() if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        pos_only_param_in_kwargs = []
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            if param.default is _empty:
                                raise TypeError(f'missing a required positional-only argument: {param.name!r}')
                            pos_only_param_in_kwargs.append(param)
                            continue
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        if param.kind == _KEYWORD_ONLY:
                            argtype = ' keyword-only'
                        else:
                            argtype = ''
                        raise TypeError(f'missing a required{argtype} argument: {param.name!r}')
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError(f'multiple values for argument {param.name!r}') from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in (*parameters_ex, *parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
                    raise TypeError(f'missing a required argument: {param_name!r}') from None
            else:
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            elif pos_only_param_in_kwargs:
                names = ', '.join(param.name for param in pos_only_param_in_kwargs)
                raise TypeError(f'got some positional-only arguments passed as keyword arguments: {names!r}')
            else:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Binds the arguments to the parameters as a call would; TypeError when the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind, but parameters may be left without arguments."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),), {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{self.__class__.__name__} {self}>'

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if max_width is not None and len(rendered) > max_width:
            rendered = '(\n    {}\n)'.format(',\n    '.join(result))
        if self.return_annotation is not _empty:
            rendered += f' -> {formatannotation(self.return_annotation)}'
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


def _signature_is_functionlike(obj):
    """Duck-typed functions (Cython's, for instance): callables with a code object and function attributes."""
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(name, str) and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, dict) or annotations is None))


def _signature_bound_method(sig):
    """The signature without its first parameter (the one a bound method fills)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None, eval_str=False):
    is_duck_function = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck_function = True
        else:
            raise TypeError(f'{func!r} is not a Python function')
    text_signature = getattr(func, '__text_signature__', None)
    if text_signature:
        raise ValueError(f'no signature found for {func!r}')
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    parameters = []
    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count
    for name in positional[:non_default_count]:
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty), kind=kind))
        if posonly_left:
            posonly_left -= 1
    for offset, name in enumerate(positional[non_default_count:]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty), kind=kind,
                                    default=defaults[offset]))
        if posonly_left:
            posonly_left -= 1
    if code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty), kind=_VAR_POSITIONAL))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty), kind=_KEYWORD_ONLY,
                                    default=default))
    if code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty), kind=_VAR_KEYWORD))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck_function)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature left after a functools.partial fixed some arguments."""
    old_params = wrapped_sig.parameters
    new_params = dict(old_params.items())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from ex
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            assert param.kind is not _POSITIONAL_ONLY
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                new_params.move_to_end(param_name) if hasattr(new_params, 'move_to_end') else \
                    new_params.update({param_name: new_params.pop(param_name)})
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.update({param_name: new_params.pop(param_name)})
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param.name)
    return wrapped_sig.replace(parameters=new_params.values())


_NON_USER_CALLABLES = tuple(t for t in (types.BuiltinFunctionType, getattr(types, 'WrapperDescriptorType', None),
                                        getattr(types, 'MethodWrapperType', None),
                                        getattr(types, 'ClassMethodDescriptorType', None),
                                        getattr(types, 'MethodDescriptorType', None)) if t is not None)


def _signature_get_user_defined_method(cls, method_name):
    """cls's method_name when Python code defined it, else None."""
    if method_name == '__new__':
        meth = getattr(cls, method_name, None)
    else:
        meth = getattr_static(cls, method_name, None)
    if meth is None or isinstance(meth, _NON_USER_CALLABLES):
        return None
    if method_name != '__new__':
        meth = getattr(cls, method_name)
    return meth


def _signature_is_builtin(obj):
    return isbuiltin(obj) or ismethoddescriptor(obj) or isinstance(obj, _NON_USER_CALLABLES) or \
        obj in (type, object)


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    """The signature a builtin's __text_signature__ gives; ValueError when it has none."""
    text = getattr(func, '__text_signature__', None)
    if not text:
        raise ValueError(f'no signature found for builtin {func!r}')
    return _signature_fromstr(cls, func, text, skip_bound_arg)


def _signature_fromstr(cls, obj, text, skip_bound_arg=True):
    """Parses a text signature of names and simple defaults, as Krait's builtins and enum classes give:
    '($module, a, /, b, *args, c=None, **kw)'.
    The '$' parameter is dropped for a module function and a bound method, and is 'self' for an unbound one."""
    items = [item.strip() for item in _signature_split(text.strip()[1:-1]) if item.strip()]
    if items and items[0].startswith('$'):
        owner = getattr(obj, '__self__', None)
        bound = owner is not None and not ismodule(owner)
        if items[0] == '$module' or bound and skip_bound_arg:
            items = items[1:]
        else:
            items[0] = items[0][1:]
    kind = _POSITIONAL_ONLY if '/' in items else _POSITIONAL_OR_KEYWORD
    parameters = []
    for item in items:
        if item == '/':
            kind = _POSITIONAL_OR_KEYWORD
        elif item == '*':
            kind = _KEYWORD_ONLY
        elif item.startswith('**'):
            parameters.append(Parameter(item[2:], _VAR_KEYWORD))
        elif item.startswith('*'):
            parameters.append(Parameter(item[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        else:
            name, equals, default = item.partition('=')
            if equals:
                parameters.append(Parameter(name.strip(), kind, default=_signature_default(default.strip())))
            else:
                parameters.append(Parameter(item, kind))
    return cls(parameters)


def _signature_split(text):
    """The comma-separated items of a text signature, commas inside brackets or quotes kept."""
    items, depth, quote, start = [], 0, None, 0
    for i, c in enumerate(text):
        if quote:
            if c == quote:
                quote = None
        elif c in '\'"':
            quote = c
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == ',' and depth == 0:
            items.append(text[start:i])
            start = i + 1
    items.append(text[start:])
    return items


def _signature_default(text):
    """A default in a text signature: a literal (None, a number, a string, a tuple…)."""
    constants = {'None': None, 'True': True, 'False': False}
    if text in constants:
        return constants[text]
    import ast
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        raise ValueError(f'{text!r} is not a supported default in a text signature') from None


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False, sigcls):
    def recurse(obj):
        return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
                                        sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__') or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return recurse(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            # a class cannot set __text_signature__: its __signature__ may be text, or a callable giving text
            # (enum classes)
            if not isinstance(sig, (Signature, str)) and callable(sig):
                sig = sig()
            if isinstance(sig, str):
                sig = _signature_fromstr(sigcls, obj, sig)
            if not isinstance(sig, Signature):
                raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
            return sig
    try:
        partialmethod = obj._partialmethod
    except AttributeError:
        pass
    else:
        if isinstance(partialmethod, functools.partialmethod):
            wrapped_sig = recurse(partialmethod.func)
            sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
            first_wrapped_param = tuple(wrapped_sig.parameters.values())[0]
            if first_wrapped_param.kind is Parameter.VAR_POSITIONAL:
                return sig
            sig_params = tuple(sig.parameters.values())
            new_params = (first_wrapped_param,) + sig_params
            return sig.replace(parameters=new_params)
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, eval_str=eval_str)
    if isinstance(obj, functools.partial):
        wrapped_sig = recurse(obj.func)
        return _signature_get_partial(wrapped_sig, obj)
    if isinstance(obj, type):
        if obj is object:
            return sigcls()
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = recurse(call)
        else:
            sig = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    sig = recurse(new)
                    break
                if init is not None and '__init__' in base.__dict__:
                    sig = recurse(init)
                    break
        if sig is not None:
            return _signature_bound_method(sig) if skip_bound_arg else sig
        # no Python __new__/__init__/metaclass __call__: the nearest builtin base (object aside) with a text
        # signature gives it (a subclass of a builtin type has None of its own)
        for base in obj.__mro__[:-1]:
            text = getattr(base, '__text_signature__', None)
            if text:
                return _signature_fromstr(sigcls, base, text)
        if type not in obj.__mro__:
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return sigcls()
        raise ValueError(f'no signature found for builtin type {obj!r}')
    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)
    call = _signature_get_user_defined_method(type(obj), '__call__')
    if call is not None:
        try:
            sig = recurse(call)
        except ValueError as ex:
            raise ValueError(f'no signature found for {obj!r}') from ex
        if skip_bound_arg and not isinstance(call, types.MethodType):
            return _signature_bound_method(sig)
        return sig
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError(f'no signature found for builtin function {obj!r}')
    raise ValueError(f'callable {obj!r} is not supported by signature')


# ---- older argument introspection ----

FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')
Arguments = namedtuple('Arguments', 'args, varargs, varkw')
ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getfullargspec(func):
    """The FullArgSpec of a callable (its bound first argument kept)."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults, kwonlyargs, kwdefaults, annotations)


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object."""
    if not iscode(co):
        raise TypeError(f'{co!r} is not a code object')
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs])
    kwonlyargs = list(names[nargs:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs = nargs + 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args + kwonlyargs, varargs, varkw)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        s = names[0]
    elif missing == 2:
        s = '{} and {}'.format(*names)
    else:
        tail = ', {} and {}'.format(*names[-2:])
        del names[-2:]
        s = ', '.join(names) + tail
    raise TypeError('%s() missing %i required %s argument%s: %s' %
                    (f_name, missing, 'positional' if pos else 'keyword-only', '' if missing == 1 else 's', s))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = 'at least %d' % (atleast,)
    elif defcount:
        plural = True
        sig = 'from %d to %d' % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ''
    if kwonly_given:
        msg = ' positional argument%s (and %d keyword-only argument%s)'
        kwonly_sig = msg % ('s' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given' %
                    (f_name, sig, 's' if plural else '', given, kwonly_sig,
                     'was' if given == 1 and not kwonly_given else 'were'))


def getcallargs(func, /, *positional, **named):
    """The mapping of parameter names to the values a call func(*positional, **named) would bind."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError(f'{f_name}() got an unexpected keyword argument {kw!r}')
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError(f'{f_name}() got multiple values for argument {kw!r}')
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults, num_pos, arg2value)
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                _missing_arguments(f_name, req, True, arg2value)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, arg2value)
    return arg2value


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound) of a function."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f'{func!r} is not a Python function')
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


def walktree(classes, children, parent):
    """The nested list getclasstree() makes: (class, bases) for each of classes sorted by module and name,
    each followed by the list for its children when it has some."""
    tree = []
    for cls in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
        tree.append((cls, cls.__bases__))
        if cls in children:
            tree.append(walktree(children[cls], children, cls))
    return tree


def getclasstree(classes, unique=False):
    """Arrange classes into a tree of nested lists by inheritance.  The roots are the classes without bases
    and the bases not among classes; with unique, a class appears only under its first base in classes."""
    children = {}
    roots = []
    for cls in classes:
        if not cls.__bases__:
            if cls not in roots:
                roots.append(cls)
            continue
        for base in cls.__bases__:
            siblings = children.setdefault(base, [])
            if cls not in siblings:
                siblings.append(cls)
            if unique and base in classes:
                break
    roots.extend(base for base in children if base not in classes)
    return walktree(roots, children, None)


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each attribute of a class."""
    mro = getmro(cls)
    metamro = getmro(type(cls))
    metamro = tuple(c for c in metamro if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    names = dir(cls)
    for base in mro:
        for k, v in base.__dict__.items():
            if isinstance(v, types.DynamicClassAttribute) and v.fget is not None:
                names.append(k)
    result = []
    processed = set()
    for name in names:
        homecls = None
        get_obj = None
        dict_obj = None
        if name not in processed:
            try:
                if name == '__dict__':
                    raise Exception("__dict__ is special, don't want the proxy")
                get_obj = getattr(cls, name)
            except Exception:
                pass
            else:
                homecls = getattr(get_obj, '__objclass__', homecls)
                if homecls not in class_bases:
                    homecls = None
                    last_cls = None
                    for srch_cls in class_bases:
                        srch_obj = getattr(srch_cls, name, None)
                        if srch_obj is get_obj:
                            last_cls = srch_cls
                    for srch_cls in metamro:
                        try:
                            srch_obj = srch_cls.__getattr__(cls, name)
                        except AttributeError:
                            continue
                        if srch_obj is get_obj:
                            last_cls = srch_cls
                    if last_cls is not None:
                        homecls = last_cls
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                if homecls not in metamro:
                    homecls = base
                break
        if homecls is None:
            continue
        obj = get_obj if get_obj is not None else dict_obj
        if isinstance(dict_obj, (staticmethod, types.BuiltinMethodType)):
            kind = 'static method'
            obj = dict_obj
        elif isinstance(dict_obj, (classmethod, types.ClassMethodDescriptorType)):
            kind = 'class method'
            obj = dict_obj
        elif isinstance(dict_obj, property):
            kind = 'property'
            obj = dict_obj
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, homecls, obj))
        processed.add(name)
    return result


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def indentsize(line):
    """The number of columns of indentation of a line (tabs expanded)."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())
