"""pydoc: documentation of Python objects as text (written for Krait).

help(object) shows the documentation of a module, class, function or other object; help('name') first finds
the object by its dotted name (modules are imported on the way).  render_doc() gives the text itself, with
text (boldface by overstriking) or plaintext as the renderer; the layout is CPython's: a class shows its
signature, docstring, method resolution order and its attributes grouped by kind and by the class they come
from; a module shows NAME, DESCRIPTION, CLASSES, FUNCTIONS, DATA and FILE sections.

Not here yet: the HTML renderer, the documentation server (-b/-p), writing .html files, and the help topics
that need pydoc_data (help('if'), help('SEQUENCES')); help('keywords'), help('symbols') and help('modules')
list their names.
"""

import builtins
import importlib
import inspect
import keyword
import os
import re
import sys
from collections import deque
from reprlib import Repr

__all__ = ['help']


class ErrorDuringImport(Exception):
    """An error raised while a module was being imported (not the module missing altogether)."""

    def __init__(self, filename, exc_info):
        if isinstance(exc_info, tuple):
            import warnings
            warnings.warn('A tuple value for exc_info is deprecated, use an exception instance',
                          DeprecationWarning)
            self.exc, self.value, self.tb = exc_info
        else:
            self.exc = type(exc_info)
            self.value = exc_info
            self.tb = exc_info.__traceback__
        self.filename = filename

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


# --- docstrings ---

def _own_doc(obj):
    """obj's __doc__ unless it is merely its type's docstring seen through the instance."""
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        type_doc = type(obj).__doc__
        if isinstance(type_doc, str) and type_doc == doc:
            return None
    return doc


def _defining_class(func):
    """The class a plain function was defined in, found through its __qualname__ (None if not in a class)."""
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part)
    return owner if inspect.isclass(owner) else None


def _inherited_doc(obj):
    """The docstring of the attribute obj overrides, looked up along its class's MRO."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        bound_to = obj.__self__
        if inspect.isclass(bound_to) and getattr(getattr(bound_to, name, None), '__func__') is obj.__func__:
            cls = bound_to
        else:
            cls = bound_to.__class__
    elif inspect.isfunction(obj):
        name = obj.__name__
        cls = _defining_class(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif inspect.isbuiltin(obj):
        name = obj.__name__
        bound_to = obj.__self__
        if inspect.isclass(bound_to) and bound_to.__qualname__ + '.' + name == obj.__qualname__:
            cls = bound_to
        else:
            cls = bound_to.__class__
    elif isinstance(obj, property):
        getter = obj.fget
        name = getter.__name__
        cls = _defining_class(getter)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif inspect.ismethoddescriptor(obj) or inspect.isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if inspect.ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = _own_doc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getdoc(obj):
    doc = _own_doc(obj)
    if doc is None:
        try:
            doc = _inherited_doc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(object):
    """The object's docstring, cleaned up (else the comments above its source), or ''."""
    result = _getdoc(object) or inspect.getcomments(object)
    if not result:
        return ''
    return re.sub('^ *\n', '', result.rstrip())


def splitdoc(doc):
    """Split a docstring into its synopsis (the first line, when a blank line or nothing follows) and the rest."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(object, modname):
    """The class's name, prefixed by its module's when that is not modname."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def isdata(object):
    """Whether the object is documented as a value (not a module, class, routine, frame, traceback or code)."""
    return not (inspect.ismodule(object) or inspect.isclass(object) or inspect.isroutine(object) or
                inspect.isframe(object) or inspect.istraceback(object) or inspect.iscode(object))


def replace(text, *pairs):
    """Replace each (old, new) pair in turn: replace(text, old1, new1, old2, new2, ...)."""
    while pairs:
        text = pairs[1].join(text.split(pairs[0]))
        pairs = pairs[2:]
    return text


def cram(text, maxlen):
    """Shorten text to maxlen characters by putting '...' in its middle."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


_ADDRESS_AT_END = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def stripid(text):
    """Remove the ' at 0x...' address from a default repr."""
    return _ADDRESS_AT_END.sub(r'\1', text)


_HIDDEN_NAMES = frozenset({'__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__',
                           '__file__', '__spec__', '__loader__', '__module__', '__name__', '__package__',
                           '__path__', '__qualname__', '__slots__', '__version__'})


def _is_future_import(obj, name):
    import __future__
    if obj is __future__ or name not in __future__.all_feature_names:
        return False
    return isinstance(getattr(obj, name, None), __future__._Feature)


def visiblename(name, all=None, obj=None):
    """Whether a name is documented: special names are, private ones are not, and __all__ decides if given."""
    if name in _HIDDEN_NAMES:
        return 0
    if name.startswith('__') and name.endswith('__'):
        return 1
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True  # a named tuple's _make, _asdict, ... are public
    if _is_future_import(obj, name):
        return False
    if all is not None:
        return name in all
    return not name.startswith('_')


def _is_bound_method(fn):
    """Whether fn is bound to an object (a method, or a builtin whose __self__ is not a module)."""
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        bound_to = getattr(fn, '__self__', None)
        return not (inspect.ismodule(bound_to) or bound_to is None)
    return False


def classify_class_attrs(object):
    """inspect.classify_class_attrs, with properties and other data descriptors told apart, and bound
    methods stored in the class counted as static methods."""
    results = []
    for name, kind, cls, value in inspect.classify_class_attrs(object):
        if inspect.isdatadescriptor(value):
            kind = 'data descriptor'
            if isinstance(value, property) and value.fset is None:
                kind = 'readonly property'
        elif kind == 'method' and _is_bound_method(value):
            kind = 'static method'
        results.append((name, kind, cls, value))
    return results


def sort_attributes(attrs, object):
    """Sort (name, kind, class, value) tuples by name, a named tuple's fields first in their order."""
    fields = getattr(object, '_fields', [])
    try:
        field_order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        field_order = {}
    attrs.sort(key=lambda attr: (field_order.get(attr[0], 0), attr[0]))


def _partition(items, predicate):
    chosen, rest = [], []
    for item in items:
        (chosen if predicate(item) else rest).append(item)
    return chosen, rest


def ispackage(path):
    """Whether a directory is a package (has an __init__.py or __init__.pyc)."""
    if os.path.isdir(path):
        for ext in ('.py', '.pyc'):
            if os.path.isfile(os.path.join(path, '__init__' + ext)):
                return True
    return False


# --- finding objects by name ---

def safeimport(path, forceload=0, cache={}):
    """Import a module by its dotted name (the last module of the path, not the package): the module, None if
    there is no such module, or ErrorDuringImport when importing it failed.  With forceload, a module already
    imported (not a built-in one) is imported afresh."""
    try:
        if forceload and path in sys.modules and path not in sys.builtin_module_names:
            for name in [path] + [name for name in sys.modules if name.startswith(path + '.')]:
                cache[name] = sys.modules.pop(name)
        return importlib.import_module(path)
    except BaseException as error:
        if path in sys.modules:
            raise ErrorDuringImport(sys.modules[path].__file__, error)
        if type(error) is SyntaxError:
            raise ErrorDuringImport(error.filename, error)
        if isinstance(error, ImportError) and error.name == path:
            return None  # the module itself is missing
        raise ErrorDuringImport(path, error)


def locate(path, forceload=0):
    """The object a dotted name designates (its longest importable prefix is the module to start from,
    else builtins), or None."""
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        found = safeimport('.'.join(parts[:n + 1]), forceload)
        if not found:
            break
        module, n = found, n + 1
    obj = module if module else builtins
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    """(object, name): a string is located by name (ImportError if nothing has it), anything else is itself."""
    if isinstance(thing, str):
        found = locate(thing, forceload)
        if found is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        return found, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def describe(thing):
    """A short description of what kind of object thing is, for titles."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        owner = thing.__objclass__
        return 'getset descriptor %s.%s.%s' % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.ismemberdescriptor(thing):
        owner = thing.__objclass__
        return 'member descriptor %s.%s.%s' % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


# --- the formatters ---

class Doc:
    """Dispatch an object to the method that documents its kind."""

    PYTHONDOCS = os.environ.get('PYTHONDOCS', 'https://docs.python.org/%d.%d/library' % sys.version_info[:2])

    def document(self, object, name=None, *args):
        args = (object, name) + args
        try:
            if inspect.ismodule(object):
                return self.docmodule(*args)
            if inspect.isclass(object):
                return self.docclass(*args)
            if inspect.isroutine(object):
                return self.docroutine(*args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(object):
            return self.docdata(*args)
        return self.docother(*args)

    def fail(self, object, name=None, *args):
        message = "don't know how to document object%s of type %s" % (
            name and ' ' + repr(name), type(object).__name__)
        raise TypeError(message)

    docmodule = docclass = docroutine = docother = docproperty = docdata = fail

    def getdocloc(self, object, basedir=None):
        """Where the online documentation of a standard library module is, else None."""
        if basedir is None:
            import sysconfig
            basedir = sysconfig.get_path('stdlib')
        try:
            file = inspect.getabsfile(object)
        except TypeError:
            file = '(built-in)'
        docloc = os.environ.get('PYTHONDOCS', self.PYTHONDOCS)
        basedir = os.path.normcase(basedir)
        if not isinstance(object, type(os)):
            return None
        in_stdlib = (object.__name__ in ('errno', 'exceptions', 'gc', 'imp', 'marshal', 'posix', 'signal',
                                         'sys', '_thread', 'zipimport') or
                     (file.startswith(basedir) and not file.startswith(os.path.join(basedir, 'site-packages'))))
        if not in_stdlib or object.__name__ in ('xml.etree', 'test.pydoc_mod'):
            return None
        if docloc.startswith(('http://', 'https://')):
            return '%s/%s.html' % (docloc.rstrip('/'), object.__name__.lower())
        return os.path.join(docloc, object.__name__.lower() + '.html')


class TextRepr(Repr):
    """Short reprs for documentation: long ones crammed, addresses removed."""

    def __init__(self):
        Repr.__init__(self)
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        if hasattr(type(x), '__name__'):
            method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
            if method is not None:
                return method(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def repr_string(self, x, level):
        shortened = cram(x, self.maxstring)
        quoted = repr(shortened)
        if '\\' in shortened and '\\' not in replace(quoted, r'\\', ''):
            # backslashes only: a raw string reads better
            return 'r' + quoted[0] + shortened + quoted[0]
        return quoted

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except Exception:
            return '<%s instance>' % x.__class__.__name__


class TextDoc(Doc):
    """Documentation as text, names in boldface by overstriking (a pager shows them bold)."""

    _repr_instance = TextRepr()
    repr = _repr_instance.repr

    def bold(self, text):
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        return '\n'.join((prefix + line).rstrip() for line in text.split('\n'))

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def formattree(self, tree, modname, parent=None, prefix=''):
        """The class tree inspect.getclasstree() gives, one class a line, subclasses indented."""
        result = ''
        cls = parent
        for entry in tree:
            if type(entry) is tuple:
                cls, bases = entry
                result += prefix + classname(cls, modname)
                if bases and bases != (parent,):
                    result += '(%s)' % ', '.join(classname(base, modname) for base in bases)
                result += '\n'
            elif type(entry) is list:
                result += self.formattree(entry, modname, cls, prefix + '    ')
        return result

    def docmodule(self, object, name=None, mod=None, *ignored):
        name = object.__name__
        synopsis, description = splitdoc(getdoc(object))
        result = self.section('NAME', name + (synopsis and ' - ' + synopsis))
        all = getattr(object, '__all__', None)
        docloc = self.getdocloc(object)
        if docloc is not None:
            result += self.section('MODULE REFERENCE', docloc + """

The following documentation is automatically generated from the Python
source files.  It may be incomplete, incorrect or include features that
are considered implementation detail and may vary between Python
implementations.  When in doubt, consult the module reference at the
location listed above.
""")
        if description:
            result += self.section('DESCRIPTION', description)

        classes = [(key, value) for key, value in inspect.getmembers(object, inspect.isclass)
                   if (all is not None or (inspect.getmodule(value) or object) is object)
                   and visiblename(key, all, object)]
        funcs = [(key, value) for key, value in inspect.getmembers(object, inspect.isroutine)
                 if (all is not None or inspect.isbuiltin(value) or inspect.getmodule(value) is object)
                 and visiblename(key, all, object)]
        data = [(key, value) for key, value in inspect.getmembers(object, isdata)
                if visiblename(key, all, object)]

        package_contents = set()
        if hasattr(object, '__path__'):
            import pkgutil
            entries = []
            for _, modname, ispkg in pkgutil.iter_modules(object.__path__):
                package_contents.add(modname)
                entries.append(modname + ' (package)' if ispkg else modname)
            entries.sort()
            result += self.section('PACKAGE CONTENTS', '\n'.join(entries))

        # submodules a module put into itself rather than found in its package directory
        submodules = sorted(key for key, value in inspect.getmembers(object, inspect.ismodule)
                            if value.__name__.startswith(name + '.') and key not in package_contents)
        if submodules:
            result += self.section('SUBMODULES', '\n'.join(submodules))

        if classes:
            contents = [self.formattree(inspect.getclasstree([value for _, value in classes], 1), name)]
            contents += [self.document(value, key, name) for key, value in classes]
            result += self.section('CLASSES', '\n'.join(contents))
        if funcs:
            result += self.section('FUNCTIONS', '\n'.join(self.document(value, key, name) for key, value in funcs))
        if data:
            result += self.section('DATA', '\n'.join(self.docother(value, key, name, maxlen=70)
                                                     for key, value in data))

        if hasattr(object, '__version__'):
            version = str(object.__version__)
            if version[:11] == '$' + 'Revision: ' and version[-1:] == '$':
                version = version[11:-1].strip()
            result += self.section('VERSION', version)
        for attribute, title in (('__date__', 'DATE'), ('__author__', 'AUTHOR'), ('__credits__', 'CREDITS')):
            if hasattr(object, attribute):
                result += self.section(title, str(getattr(object, attribute)))
        try:
            file = inspect.getabsfile(object)
        except TypeError:
            file = '(built-in)'
        result += self.section('FILE', file)
        return result

    def docclass(self, object, name=None, mod=None, *ignored):
        realname = object.__name__
        name = name or realname
        module_name = object.__module__

        def shown(cls):
            return classname(cls, module_name)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if object.__bases__:
            title += '(%s)' % ', '.join(map(shown, object.__bases__))

        contents = []
        push = contents.append
        try:
            signature = inspect.signature(object)
        except (ValueError, TypeError):
            signature = None
        if signature:
            argspec = str(signature)
            if argspec and argspec != '()':
                push(name + argspec + '\n')
        doc = getdoc(object)
        if doc:
            push(doc + '\n')

        mro = deque(inspect.getmro(object))
        if len(mro) > 2:
            push('Method resolution order:')
            for base in mro:
                push('    ' + shown(base))
            push('')

        subclasses = sorted((str(cls.__name__) for cls in type.__subclasses__(object)
                             if not cls.__name__.startswith('_') and cls.__module__ == 'builtins'), key=str.lower)
        if subclasses:
            push('Built-in subclasses:')
            for subclass in subclasses[:4]:
                push('    ' + subclass)
            if len(subclasses) > 4:
                push('    ... and ' + str(len(subclasses) - 4) + ' other subclasses')
            push('')

        rule_pending = [False]

        def rule():
            # a horizontal rule between two groups of attributes
            if rule_pending[0]:
                push('-' * 70)
            rule_pending[0] = True

        def routines(heading, attrs, predicate):
            chosen, rest = _partition(attrs, predicate)
            if chosen:
                rule()
                push(heading)
                for attr_name, kind, home, value in chosen:
                    try:
                        value = getattr(object, attr_name)
                    except Exception:
                        # a descriptor whose __get__ fails is documented as it is stored
                        push(self.docdata(value, attr_name, mod))
                    else:
                        push(self.document(value, attr_name, mod, object))
            return rest

        def descriptors(heading, attrs, predicate):
            chosen, rest = _partition(attrs, predicate)
            if chosen:
                rule()
                push(heading)
                for attr_name, kind, home, value in chosen:
                    push(self.docdata(value, attr_name, mod))
            return rest

        def values(heading, attrs, predicate):
            chosen, rest = _partition(attrs, predicate)
            if chosen:
                rule()
                push(heading)
                for attr_name, kind, home, value in chosen:
                    doc = getdoc(value)
                    try:
                        obj = getattr(object, attr_name)
                    except AttributeError:
                        obj = home.__dict__[attr_name]
                    push(self.docother(obj, attr_name, mod, maxlen=70, doc=doc) + '\n')
            return rest

        attrs = [attr for attr in classify_class_attrs(object) if visiblename(attr[0], obj=object)]
        while attrs:
            this_class = mro.popleft() if mro else attrs[0][2]
            attrs, inherited = _partition(attrs, lambda attr: attr[2] is this_class)
            if object is not builtins.object and this_class is builtins.object:
                attrs = inherited
                continue
            if this_class is object:
                tag = 'defined here'
            else:
                tag = 'inherited from %s' % classname(this_class, module_name)
            sort_attributes(attrs, object)
            attrs = routines('Methods %s:\n' % tag, attrs, lambda attr: attr[1] == 'method')
            attrs = routines('Class methods %s:\n' % tag, attrs, lambda attr: attr[1] == 'class method')
            attrs = routines('Static methods %s:\n' % tag, attrs, lambda attr: attr[1] == 'static method')
            attrs = descriptors('Readonly properties %s:\n' % tag, attrs,
                                lambda attr: attr[1] == 'readonly property')
            attrs = descriptors('Data descriptors %s:\n' % tag, attrs, lambda attr: attr[1] == 'data descriptor')
            attrs = values('Data and other attributes %s:\n' % tag, attrs, lambda attr: attr[1] == 'data')
            attrs = inherited

        text = '\n'.join(contents)
        if not text:
            return title + '\n'
        return title + '\n' + self.indent(text.rstrip(), ' |  ') + '\n'

    def formatvalue(self, object):
        return '=' + self.repr(object)

    def docroutine(self, object, name=None, mod=None, cl=None, *ignored):
        realname = object.__name__
        name = name or realname
        note = ''
        skipdocs = False
        if _is_bound_method(object):
            bound_class = object.__self__.__class__
            if cl:
                if bound_class is not cl:
                    note = ' from ' + classname(bound_class, mod)
            elif object.__self__ is not None:
                note = ' method of %s instance' % classname(object.__self__.__class__, mod)
            else:
                note = ' unbound %s method' % classname(bound_class, mod)

        if inspect.iscoroutinefunction(object) or inspect.isasyncgenfunction(object):
            qualifier = 'async '
        else:
            qualifier = ''

        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is object:
                skipdocs = True  # an alias of a method documented under its own name
            title = self.bold(name) + ' = ' + realname

        argspec = None
        if inspect.isroutine(object):
            try:
                signature = inspect.signature(object)
            except (ValueError, TypeError):
                signature = None
            if signature:
                argspec = str(signature)
                if realname == '<lambda>':
                    title = self.bold(name) + ' lambda '
                    argspec = argspec[1:-1]
        if not argspec:
            argspec = '(...)'
        decl = qualifier + title + argspec + note
        if skipdocs:
            return decl + '\n'
        doc = getdoc(object) or ''
        return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, object, name=None, mod=None, cl=None, *ignored):
        parts = []
        if name:
            parts.append(self.bold(name) + '\n')
        doc = getdoc(object) or ''
        if doc:
            parts.append(self.indent(doc) + '\n')
        return ''.join(parts)

    docproperty = docdata

    def docother(self, object, name=None, mod=None, parent=None, *ignored, maxlen=None, doc=None):
        shown = self.repr(object)
        if maxlen:
            line = (name and name + ' = ' or '') + shown
            excess = maxlen - len(line)
            if excess < 0:
                shown = shown[:excess] + '...'
        line = (name and self.bold(name) + ' = ' or '') + shown
        if not doc:
            doc = getdoc(object)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line


class _PlainTextDoc(TextDoc):
    """TextDoc without boldface."""

    def bold(self, text):
        return text


text = TextDoc()
plaintext = _PlainTextDoc()


# --- output ---

def plain(text):
    """Remove the overstriking that makes text bold."""
    return re.sub('.\b', '', text)


def _encodable(text):
    """text with what sys.stdout cannot encode written as backslash escapes."""
    encoding = getattr(sys.stdout, 'encoding', None) or 'utf-8'
    return text.encode(encoding, 'backslashreplace').decode(encoding)


def plainpager(text):
    """Write text to sys.stdout without boldface, all at once."""
    sys.stdout.write(plain(_encodable(text)))


def pipepager(text, cmd):
    """Page text through a pager program's standard input."""
    import subprocess
    process = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE, errors='backslashreplace')
    try:
        with process.stdin as pipe:
            try:
                pipe.write(text)
            except KeyboardInterrupt:
                pass
    except OSError:
        pass  # the pager quit before reading everything
    while True:
        try:
            process.wait()
            break
        except KeyboardInterrupt:
            pass  # the pager handles ^C itself


def getpager():
    """How to show text: write it out when input or output is not a terminal, else page it through $MANPAGER,
    $PAGER or less."""
    if not hasattr(sys.stdin, 'isatty') or not hasattr(sys.stdout, 'isatty'):
        return plainpager
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        return plainpager
    command = os.environ.get('MANPAGER') or os.environ.get('PAGER')
    if command:
        if os.environ.get('TERM') in ('dumb', 'emacs'):
            return lambda text: pipepager(plain(text), command)
        return lambda text: pipepager(text, command)
    if os.environ.get('TERM') in ('dumb', 'emacs'):
        return plainpager
    if os.system('(less) 2>/dev/null') == 0:
        return lambda text: pipepager(text, 'less')
    return plainpager


def pager(text):
    """Show text, paged when the user is at a terminal."""
    global pager
    pager = getpager()
    pager(text)


# --- documentation of a thing ---

def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """The documentation of thing (an object or a dotted name) under a title."""
    if renderer is None:
        renderer = text
    object, name = resolve(thing, forceload)
    desc = describe(object)
    module = inspect.getmodule(object)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not object:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(object) or inspect.isclass(object) or inspect.isroutine(object) or
            inspect.isdatadescriptor(object) or _getdoc(object)):
        # a plain value: document what it can do, its type (or a generic alias's origin)
        if hasattr(object, '__origin__'):
            object = object.__origin__
        else:
            object = type(object)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(object, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None, is_cli=False):
    """Show the documentation of thing through the pager, or write it to output as plain text (or the
    ImportError saying there is none)."""
    if output is None:
        try:
            pager(render_doc(thing, title, forceload))
        except ImportError as error:
            if is_cli:
                raise
            print(error)
        return
    try:
        text = render_doc(thing, title, forceload, plaintext)
    except ImportError as error:
        text = str(error)
    output.write(text)


class Helper:
    """The help utility: help(object), help('name'), or help() for an interactive session."""

    keywords = dict.fromkeys(keyword.kwlist, '')
    symbols = {symbol: '' for symbol in (
        '!=', '"', '"""', '%', '%=', '&', '&=', "'", "'''", '(', ')', '*', '**', '**=', '*=', '+', '+=', ',',
        '-', '-=', '.', '...', '/', '//', '//=', '/=', ':', '<', '<<', '<<=', '<=', '<>', '==', '>', '>=', '>>',
        '>>=', '@', 'J', '[', '\\', ']', '^', '^=', '_', '__', '`', 'b"', "b'", 'f"', "f'", 'j', 'r"', "r'",
        'u"', "u'", '{', '|', '|=', '}', '~')}

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def input(self):
        return self._input or sys.stdin

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return '<%s.%s instance>' % (self.__class__.__module__, self.__class__.__qualname__)

    _GoInteractive = object()

    def __call__(self, request=_GoInteractive):
        if request is not self._GoInteractive:
            try:
                self.help(request)
            except ImportError as error:
                self.output.write(f'{error}\n')
        else:
            self.intro()
            self.interact()
            self.output.write('''
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
''')

    def interact(self):
        self.output.write('\n')
        while True:
            try:
                request = self.getline('help> ')
                if not request:
                    break
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            if len(request) > 2 and request[0] == request[-1] in ("'", '"') and request[0] not in request[1:-1]:
                request = request[1:-1]
            if request.lower() in ('q', 'quit'):
                break
            if request == 'help':
                self.intro()
            else:
                self.help(request)

    def getline(self, prompt):
        if self.input is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
            if request == 'keywords':
                self.listkeywords()
            elif request == 'symbols':
                self.listsymbols()
            elif request == 'topics':
                self.listtopics()
            elif request == 'modules':
                self.listmodules()
            elif request.startswith('modules '):
                self.listmodules(request.split()[1])
            elif request in self.symbols:
                self.showtopic(request)
            elif request in ('True', 'False', 'None'):
                # keywords that are objects too
                doc(eval(request), 'Help on %s:', is_cli=is_cli)
            elif request in self.keywords:
                self.showtopic(request)
            elif request:
                doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
            else:
                doc(str, 'Help on %s:', output=self._output, is_cli=is_cli)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
        self.output.write('\n')

    def showtopic(self, topic, more_xrefs=''):
        # the topic texts are pydoc_data's, which Krait does not bundle
        self.output.write('\nSorry, topic and keyword documentation is not available because the\n'
                          'module "pydoc_data.topics" could not be found.\n')

    showsymbol = showtopic

    def intro(self):
        self.output.write('''\
Welcome to Python {0}'s help utility! If this is your first time using
Python, you should definitely check out the tutorial at
https://docs.python.org/{0}/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To get a list of available
modules, keywords, symbols, or topics, enter "modules", "keywords",
"symbols", or "topics".

Each module also comes with a one-line summary of what it does; to list
the modules whose name or summary contain a given string such as "spam",
enter "modules spam".

To quit this help utility and return to the interpreter,
enter "q" or "quit".
'''.format('%d.%d' % sys.version_info[:2]))

    def list(self, items, columns=4, width=80):
        """Write items in columns, filled top to bottom."""
        items = sorted(items)
        column_width = width // columns
        rows = (len(items) + columns - 1) // columns
        for row in range(rows):
            for column in range(columns):
                index = column * rows + row
                if index < len(items):
                    self.output.write(items[index])
                    if column < columns - 1:
                        self.output.write(' ' + ' ' * (column_width - 1 - len(items[index])))
            self.output.write('\n')

    def listkeywords(self):
        self.output.write('\nHere is a list of the Python keywords.  Enter any keyword to get more help.\n\n')
        self.list(self.keywords.keys())

    def listsymbols(self):
        self.output.write('\nHere is a list of the punctuation symbols which Python assigns special meaning\n'
                          'to. Enter any symbol to get more help.\n\n')
        self.list(self.symbols.keys())

    def listtopics(self):
        self.output.write('\nThe topic documentation (pydoc_data.topics) is not available in Krait.\n')

    def listmodules(self, key=''):
        import pkgutil
        if key:
            self.output.write('\nHere is a list of modules whose name or summary contains \'{}\'.\n'
                              'If there are any, enter a module name to get more help.\n\n'.format(key))
            for _, name, _ in pkgutil.iter_modules():
                if key.lower() in name.lower():
                    self.output.write(name + '\n')
            return
        self.output.write('\nPlease wait a moment while I gather a list of all available modules...\n\n')
        names = set(sys.builtin_module_names)
        names.update(name for _, name, _ in pkgutil.iter_modules())
        self.list(names)
        self.output.write('\nEnter any module name to get more help.  Or, type "modules spam" to search\n'
                          'for modules whose name or summary contain the string "spam".\n')


help = Helper()
