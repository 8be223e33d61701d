"""CSV parsing and writing (Krait's implementation of CPython 3.12's _csv behaviour, written in Python)."""

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3
QUOTE_STRINGS = 4
QUOTE_NOTNULL = 5

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


Error.__module__ = "_csv"

_DIALECT_FIELDS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
                   "skipinitialspace", "strict")


def _one_char(name, value, default):
    """A required one-character setting (the delimiter)."""
    if value is _absent:
        return default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _one_char_or_none(name, value, default):
    if value is _absent:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_absent = object()


class Dialect:
    """The immutable set of formatting parameters a reader or writer uses."""

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _DIALECT_FIELDS:
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % key)
        if dialect is not None and isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if isinstance(dialect, Dialect) and not kwargs and cls is Dialect:
            return dialect

        def setting(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                return getattr(dialect, name, _absent)
            return _absent

        self = object.__new__(cls)
        delimiter = _one_char("delimiter", setting("delimiter"), ",")
        doublequote = setting("doublequote")
        doublequote = True if doublequote is _absent else bool(doublequote)
        escapechar = _one_char_or_none("escapechar", setting("escapechar"), None)
        lineterminator = setting("lineterminator")
        if lineterminator is _absent:
            lineterminator = "\r\n"
        elif not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        given_quotechar = setting("quotechar")
        quotechar = _one_char_or_none("quotechar", given_quotechar, '"')
        given_quoting = setting("quoting")
        if given_quoting is _absent:
            quoting = QUOTE_MINIMAL
        elif not isinstance(given_quoting, int):
            raise TypeError('"quoting" must be an integer')
        else:
            quoting = given_quoting
        skipinitialspace = setting("skipinitialspace")
        skipinitialspace = False if skipinitialspace is _absent else bool(skipinitialspace)
        strict = setting("strict")
        strict = False if strict is _absent else bool(strict)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL):
            raise TypeError('bad "quoting" value')
        # quotechar=None given as a keyword (or with no quoting anywhere) turns quoting off.
        if given_quotechar is None and "quoting" not in kwargs and ("quotechar" in kwargs or given_quoting is _absent):
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        values = self.__dict__
        values["_delimiter"] = delimiter
        values["_doublequote"] = doublequote
        values["_escapechar"] = escapechar
        values["_lineterminator"] = lineterminator
        values["_quotechar"] = quotechar
        values["_quoting"] = quoting
        values["_skipinitialspace"] = skipinitialspace
        values["_strict"] = strict
        return self

    def __setattr__(self, name, value):
        if name in _DIALECT_FIELDS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


Dialect.__module__ = "_csv"


def _dialect_from(dialect, kwargs):
    for key in kwargs:
        if key not in _DIALECT_FIELDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
    return Dialect(dialect, **kwargs)


# Reader states.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = None   # stands for the end of an input line


class reader:
    """Iterates over the records (lists of fields) in an iterable of lines."""

    def __init__(self, csvfile, dialect="excel", **fmtparams):
        self._input = iter(csvfile)
        self._dialect = _dialect_from(dialect, fmtparams)
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    @property
    def dialect(self):
        return self._dialect

    def __iter__(self):
        return self

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _end_of_field_line(self, c):
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self._dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._end_of_field_line(c)
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save_field()
            else:
                if d._quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            self._in_field(c, d)
        elif state == _IN_FIELD:
            self._in_field(c, d)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d._escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._end_of_field_line(c)
            elif not d._strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d._delimiter, d._quotechar))
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")

    def _in_field(self, c, d):
        if c is _EOL or c == "\n" or c == "\r":
            self._end_of_field_line(c)
        elif c == d._escapechar:
            self._state = _ESCAPED_CHAR
        elif c == d._delimiter:
            self._save_field()
            self._state = _START_FIELD
        else:
            self._add_char(c)
            self._state = _IN_FIELD

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self._dialect._strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


reader.__module__ = "_csv"


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    kind = type(value)
    return hasattr(kind, "__index__") or hasattr(kind, "__int__") or hasattr(kind, "__float__")


class writer:
    """Writes rows (iterables of fields) as delimited lines to an object with a write() method."""

    def __init__(self, fileobj, dialect="excel", **fmtparams):
        write = getattr(fileobj, "write", None)
        if write is None:
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self._dialect = _dialect_from(dialect, fmtparams)

    @property
    def dialect(self):
        return self._dialect

    def _field_text(self, text, quoted, out, first):
        d = self._dialect
        special = (d._delimiter, d._escapechar, d._quotechar)
        pieces = []
        for c in text:
            if c in special or c in d._lineterminator:
                escape = False
                if d._quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d._quotechar:
                        if d._doublequote:
                            pieces.append(d._quotechar)
                        else:
                            escape = True
                    elif c == d._escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d._escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    pieces.append(d._escapechar)
            pieces.append(c)
        if not first:
            out.append(d._delimiter)
        if quoted:
            out.append(d._quotechar)
            out.extend(pieces)
            out.append(d._quotechar)
        else:
            out.extend(pieces)

    def writerow(self, row):
        d = self._dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        out = []
        count = 0
        for field in fields:
            quoting = d._quoting
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif quoting == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._field_text(text, quoted, out, count == 0)
            count += 1
        if count == 1 and not "".join(out):
            if d._quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out = [d._quotechar, d._quotechar]
        out.append(d._lineterminator)
        return self._write("".join(out))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


writer.__module__ = "_csv"


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _dialect_from(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    """Returns the field size limit; with an argument, sets a new one (returning the old)."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old
