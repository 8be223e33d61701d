"""The encodings package (Krait's implementation): CPython's codec modules by name, with normalize_encoding, the
aliases table (encodings.aliases) and search_function. The codecs themselves live in codecs.py and in Java (the
charmap and CJK codecs on the JDK's charsets); idna and punycode are written in Python here."""

import codecs
import _krait_charsets
from . import aliases as _aliases_module

_aliases = _aliases_module.aliases
_cache = {}


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """The name with every run of characters other than ASCII letters, digits and '.' one '_', none at the ends."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    return _krait_charsets.normalize_encoding(encoding, False)


def search_function(encoding):
    """The CodecInfo of the codec module encoding names (through the aliases), or None."""
    info = _cache.get(encoding)
    if info is not None:
        return info
    norm = normalize_encoding(encoding)
    module = _aliases.get(norm) or _aliases.get(norm.replace(".", "_")) or norm
    if not module or "." in module or module != module.lower():
        # not the name of a module here (module names are lower case)
        return None
    try:
        info = codecs._builtin_search(module)
    except LookupError:
        info = None
    if info is not None:
        _cache[encoding] = info
    return info
