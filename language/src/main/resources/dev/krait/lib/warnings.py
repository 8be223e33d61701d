"""Python part of the warnings subsystem (Krait's implementation): warn, warn_explicit, the filters
(filterwarnings, simplefilter, resetwarnings), the showwarning/formatwarning hooks and catch_warnings.

Warnings print as CPython prints them ("file.py:12: UserWarning: text" and the source line) to sys.stderr. The
default filters are CPython's: DeprecationWarning is shown only when triggered by code in __main__, and
PendingDeprecationWarning, ImportWarning and ResourceWarning are ignored; everything else is shown once per
location. The -W command-line options and PYTHONWARNINGS (sys.warnoptions) add filters in front of those when the
module is first imported, which happens at start-up when there are any.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        # Krait has no tracemalloc, so there is never an allocation traceback to show.
        text += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return text


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Show a warning: through a replaced showwarning hook if there is one."""
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Format a warning: through a replaced formatwarning hook if there is one."""
    hook = formatwarning
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'message' -- a regex that the warning message must match
    'category' -- a class that the warning must be a subclass of
    'module' -- a regex that the module name must match
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages.
    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'category' -- a class that the warning must be a subclass of
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _matches(pattern, text):
    """A filter's message or module pattern: None matches anything, a str only itself, else a regex's match()."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not "
                        f"{type(skip_file_prefixes).__name__}")
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    try:
        frame = sys._getframe(max(stacklevel, 1))
        while skip_file_prefixes and frame is not None and \
                frame.f_code.co_filename.startswith(skip_file_prefixes):
            frame = frame.f_back
        if frame is None:
            raise ValueError
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if "__name__" in globals:
        module = globals["__name__"]
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Low-level interface to warnings functionality."""
    if not isinstance(lineno, int):
        try:
            lineno = type(lineno).__index__(lineno)
        except AttributeError:
            raise TypeError(f"'{type(lineno).__name__}' object cannot be interpreted as an integer") from None
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):
    """A warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context.

    The 'record' argument specifies whether warnings should be captured by a
    custom implementation of warnings.showwarning() and be appended to a list
    returned by the context manager. Otherwise None is returned by the context
    manager. The objects appended to the list are arguments whose attributes
    mirror the arguments to showwarning().

    The 'module' argument is to specify an alternative module to the module
    named 'warnings' and imported under that name. This argument is only useful
    when testing the warnings module itself.

    If the 'action' argument is not None, the remaining arguments are passed
    to warnings.simplefilter() as if it were called immediately on entering the
    context.
    """

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            # Reset showwarning so that a replaced hook does not bypass the recording.
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _warn_unawaited_coroutine(coro):
    """The RuntimeWarning for a coroutine released before anything awaited it (called as it is released)."""
    message = f"coroutine '{coro.__qualname__}' was never awaited"
    if coro.cr_origin is not None:
        # where it was made (sys.set_coroutine_origin_tracking_depth), outermost frame first as in a traceback
        import linecache
        message += "\nCoroutine created at (most recent call last)"
        for filename, lineno, name in reversed(coro.cr_origin):
            message += f'\n  File "{filename}", line {lineno}, in {name}'
            line = linecache.getline(filename, lineno).strip()
            if line:
                message += f"\n    {line}"
    warn(message, category=RuntimeWarning, stacklevel=2, source=coro)


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warns (a DeprecationWarning at the caller's caller) that name is deprecated and will be removed in the version
    remove (a (major, minor) tuple); RuntimeError once that version is reached, past its alphas."""
    removed_in = f"{remove[0]}.{remove[1]}"
    if _version[:2] > remove or (_version[:2] == remove and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {removed_in} alpha")
    warn(message.format(name=name, remove=removed_in), DeprecationWarning, stacklevel=3)


_filters_version = 1
defaultaction = "default"
onceregistry = {}
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_warnings_defaults = True


class _OptionError(Exception):
    """A -W option (or PYTHONWARNINGS entry) that cannot be a filter."""


def _processoptions(args):
    """Adds the filters of the -W options in args; a bad one is reported on stderr and skipped."""
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as error:
            print("Invalid -W option ignored:", error, file=sys.stderr)


def _setoption(arg):
    """One -W option, action:message:category:module:lineno, every field optional."""
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields += [""] * (5 - len(fields))
    action, message, category, module, lineno = (field.strip() for field in fields)
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        # a -W message is a literal prefix, a module the whole name
        if message:
            message = re.escape(message)
        if module:
            module = re.escape(module) + r"\Z"
    if lineno:
        try:
            lineno = int(lineno)  # a negative number is reported as the number, other text as the text
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    """The action a -W option names: any prefix of one ("e" is "error"); empty is "default", "all" "always"."""
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ("default", "always", "ignore", "module", "once", "error"):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    """The warning class a -W option names: a builtin name, or module.Name (the module is imported)."""
    if not category:
        return Warning
    if "." in category:
        module_name, _, name = category.rpartition(".")
        try:
            namespace = __import__(module_name, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module_name,)) from None
    else:
        import builtins as namespace
        name = category
    try:
        found = getattr(namespace, name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(found, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


_processoptions(sys.warnoptions)
