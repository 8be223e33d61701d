"""Lines of source files, cached (Krait's implementation: files are read through the builtin _linecache)."""

import _linecache

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines", "updatecache"]

# filename -> (size, mtime, lines, fullname), as CPython's cache; Krait knows no size or time, so both are None
cache = {}


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """The line numbered lineno (from 1) of filename, with its newline; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of filename (each ending in a newline), read once and cached; [] when it cannot be read."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops cache entries whose file may have changed (Krait cannot tell, so it keeps them, except lazy ones)."""
    if filename is None:
        filenames = list(cache)
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache[name]
        if len(entry) == 1:
            # a lazy entry: kept until its lines are asked for
            continue


def updatecache(filename, module_globals=None):
    """Reads filename again and caches its lines; [] (and nothing cached) if it cannot be read."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    text = _linecache.read_source(filename)
    if text is None:
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (None, None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Whether filename's lines can be had later; Krait reads files directly, so it never defers."""
    if filename in cache:
        return len(cache[filename]) == 1
    return False
