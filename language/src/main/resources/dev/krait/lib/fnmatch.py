"""Shell-style wildcard matching of file names (Krait's implementation).

Patterns: ``*`` matches anything, ``?`` one character, ``[seq]`` one character of seq and ``[!seq]`` one not in it.
A pattern is translated to a regular expression (the same text CPython produces) and compiled once.
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}
_STAR = object()


def fnmatch(name, pat):
    """Whether name matches pat, after normalizing the case of both as the platform does (not at all on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    key = (type(pat), pat)
    match = _compiled.get(key)
    if match is None:
        if isinstance(pat, bytes):
            # bytes are matched as their Latin-1 text (one character per byte)
            match_text = re.compile(translate(str(pat, "ISO-8859-1"))).match

            def match(name):
                if not isinstance(name, (bytes, bytearray)):
                    raise TypeError("cannot use a bytes pattern on a string-like object")
                return match_text(str(name, "ISO-8859-1"))
        else:
            match = re.compile(translate(pat)).match
        _compiled[key] = match
    return match


def filter(names, pat):
    """The names of the list that match pat."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    match = _compile_pattern(pat)
    return match(name) is not None


def translate(pat):
    """The regular expression (as a str) matching what the shell pattern pat matches."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == "?":
            pieces.append(".")
        elif c == "[":
            end = i
            if end < n and pat[end] == "!":
                end += 1
            if end < n and pat[end] == "]":
                end += 1
            while end < n and pat[end] != "]":
                end += 1
            if end >= n:
                pieces.append("\\[")
                continue
            pieces.append(_translate_set(pat, i, end))
            i = end + 1
        else:
            pieces.append(re.escape(c))
    return _join_pieces(pieces)


def _translate_set(pat, start, end):
    """The regular expression of the bracket expression pat[start:end] (between '[' and ']')."""
    body = pat[start:end]
    if "-" not in body:
        body = body.replace("\\", "\\\\")
    else:
        # split at the hyphens that make ranges, so the pieces can be escaped one by one
        chunks = []
        k = start + 2 if pat[start] == "!" else start + 1
        while True:
            k = pat.find("-", k, end)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k = k + 3
        last = pat[start:end]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += "-"
        # a range whose end comes before its start matches nothing: merge it away
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        body = "-".join(chunk.replace("\\", "\\\\").replace("-", "\\-") for chunk in chunks)
    body = re.sub(r"([&~|])", r"\\\1", body)
    if not body:
        return "(?!)"
    if body == "!":
        return "."
    if body[0] == "!":
        body = "^" + body[1:]
    elif body[0] in ("^", "["):
        body = "\\" + body
    return "[" + body + "]"


def _join_pieces(pieces):
    """Joins translated pieces; each '*' followed by fixed text becomes an atomic group, so matching never backtracks
    into it (no exponential time on many stars)."""
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # the star
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append(f"(?>.*?{fixed})")
    return "(?s:" + "".join(out) + ")\\Z"
