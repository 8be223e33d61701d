"""Run the interactive examples found in docstrings and text files, and check
that they produce the output written after them.

Written for Krait from the documentation of CPython 3.12's doctest: the same
classes, option flags, directives and report formats.
"""

import difflib
import inspect
import io
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
    "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST",
    "Example", "DocTest", "DocTestParser", "DocTestFinder", "DocTestRunner",
    "OutputChecker", "DocTestFailure", "UnexpectedException", "DebugRunner",
    "testmod", "testfile", "run_docstring_examples", "DocTestSuite", "DocFileSuite",
    "set_unittest_reportflags", "script_from_examples", "testsource",
    "debug_src", "debug",
]

TestResults = namedtuple("TestResults", "failed attempted")

# ---------------------------------------------------------------- option flags

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Return the flag of this name, making a new one the first time."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF
                   | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."

# ---------------------------------------------------------------- helpers


def _indent(text, indent=4):
    """Put indent spaces before every line of text that is not empty."""
    pad = " " * indent
    return "".join(pad + line if line not in ("", "\n") else line
                   for line in text.splitlines(True))


def _exception_traceback(exc_info):
    """The traceback of exc_info as print_exception writes it."""
    out = io.StringIO()
    kind, value, tb = exc_info
    traceback.print_exception(kind, value, tb, file=out)
    return out.getvalue()


class _SpoofOut(io.StringIO):
    """Collects what an example prints; its value always ends in a newline."""

    def getvalue(self):
        text = io.StringIO.getvalue(self)
        if text and not text.endswith("\n"):
            text += "\n"
        return text

    def truncate(self, size=None):
        self.seek(size if size is not None else 0)
        return io.StringIO.truncate(self)


def _ellipsis_match(want, got):
    """Does got match want, where each '...' in want stands for any text?"""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    start, end = 0, len(got)
    if not got.startswith(first):
        return False
    start = len(first)
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
    if start > end:
        return False
    for piece in pieces[1:-1]:
        found = got.find(piece, start, end)
        if found < 0:
            return False
        start = found + len(piece)
    return True


def _strip_exception_details(msg):
    """Reduce 'pkg.module.Error: detail' to 'Error'."""
    end = len(msg)
    colon = msg.find(":")
    if colon >= 0:
        end = colon
    newline = msg.find("\n")
    if 0 <= newline < end:
        end = newline
    start = msg.rfind(".", 0, end) + 1
    return msg[start:end]


def _comment_line(line):
    return re.match(r"\s*(#.*)?$", line) is not None


def _blank_or_comment(source):
    return all(_comment_line(line) for line in source.split("\n"))


# ---------------------------------------------------------------- Example and DocTest


class Example:
    """One interactive example: its source, the output it should give, and
    the exception message it should raise (exc_msg, or None)."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg) == \
               (other.source, other.want, other.lineno, other.indent, other.options, other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            described = "no examples"
        elif count == 1:
            described = "1 example"
        else:
            described = "%d examples" % count
        return "<%s %s from %s:%s (%s)>" % (type(self).__name__, self.name, self.filename,
                                            self.lineno, described)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno) == \
               (other.examples, other.docstring, other.globs, other.name, other.filename, other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _key(self):
        return (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


# ---------------------------------------------------------------- DocTestParser

_PS1_LINE = re.compile(r"( *)>>>")
_DIRECTIVE = re.compile(r"#\s*doctest:\s*([^\n'\"]*)$", re.MULTILINE)
_TRACEBACK_HEADER = re.compile(r"Traceback \((most recent call last|innermost last)\):\s*$")


class DocTestParser:
    """Finds the examples in a string."""

    def parse(self, string, name="<string>"):
        """Split string into its text and its Examples: a list alternating
        strings and Example objects."""
        string = string.expandtabs()
        lines = string.split("\n")
        margin = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
        if margin > 0:
            lines = [line[margin:] for line in lines]
            string = "\n".join(lines)
        starts = []
        position = 0
        for line in lines:
            starts.append(position)
            position += len(line) + 1
        output = []
        text_from = 0
        index = 0
        while index < len(lines):
            found = _PS1_LINE.match(lines[index])
            if found is None:
                index += 1
                continue
            indent = len(found.group(1))
            first = index
            index += 1
            while index < len(lines) and re.match(r" *\.\.\.", lines[index]):
                index += 1
            source_lines = lines[first:index]
            want_from = index
            while (index < len(lines) and lines[index].strip()
                   and not re.match(r" *>>>", lines[index])):
                index += 1
            want_lines = lines[want_from:index]
            example_end = starts[index - 1] + len(lines[index - 1])
            if index < len(lines):
                example_end += 1
            output.append(string[text_from:starts[first]])
            source, options, want, exc_msg = self._parse_example(
                source_lines, want_lines, indent, name, first)
            if not _blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=first,
                                      indent=margin + indent, options=options))
            text_from = example_end
        output.append(string[text_from:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in string."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name="<string>"):
        """The Examples in string, without the text between them."""
        return [part for part in self.parse(string, name) if isinstance(part, Example)]

    def _parse_example(self, source_lines, want_lines, indent, name, lineno):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], " " * indent + ".", name, lineno)
        source = "\n".join(line[indent + 4:] for line in source_lines)
        self._check_prefix(want_lines, " " * indent, name, lineno + len(source_lines))
        if len(want_lines) > 1 and re.match(r" *$", want_lines[-1]):
            want_lines = want_lines[:-1]
        want = "\n".join(line[indent:] for line in want_lines)
        exc_msg = self._find_exception_message(want)
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_exception_message(self, want):
        want_lines = want.split("\n")
        if not _TRACEBACK_HEADER.match(want_lines[0]):
            return None
        for position in range(1, len(want_lines)):
            if re.match(r"\w", want_lines[position]):
                return "\n".join(want_lines[position:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for match in _DIRECTIVE.finditer(source):
            for option in match.group(1).replace(",", " ").split():
                if option[:1] not in ("+", "-") or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
        if options and _blank_or_comment(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a line "
                             "with no example: %r" % (lineno, name, source))
        return options

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for offset, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + offset + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for offset, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has inconsistent leading "
                                 "whitespace: %r" % (lineno + offset + 1, name, line))


# ---------------------------------------------------------------- DocTestFinder

_DOCSTRING_LINE = re.compile(r"(^|.*:)\s*\w*(\"|')")


class DocTestFinder:
    """Finds the DocTests of an object: its docstring's, and those of the
    functions, classes and methods it contains, and of its __test__ dict."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = None
        try:
            path = inspect.getsourcefile(obj) or inspect.getfile(obj)
            if path is not None:
                if module is not None:
                    source_lines = linecache.getlines(path, module.__dict__)
                else:
                    source_lines = linecache.getlines(path)
                if not source_lines:
                    source_lines = None
        except TypeError:
            pass
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        owner = inspect.getmodule(obj)
        if owner is not None:
            return module is owner
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.ismethoddescriptor(obj):
            holder = getattr(obj, "__objclass__", None)
            owner_name = getattr(holder, "__module__", None) if holder is not None \
                else getattr(obj, "__module__", None)
            return module.__name__ == owner_name
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, "__module__"):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        return inspect.isroutine(inspect.unwrap(obj))

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print("Finding tests in %s" % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for attr, value in obj.__dict__.items():
                child = "%s.%s" % (name, attr)
                if ((self._is_routine(value) or inspect.isclass(value))
                        and self._from_module(module, value)):
                    self._find(tests, value, child, module, source_lines, globs, seen)
            for key, value in getattr(obj, "__test__", {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r" % (type(value),))
                self._find(tests, value, "%s.__test__.%s" % (name, key), module,
                           source_lines, globs, seen)
        if inspect.isclass(obj):
            for attr, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if ((self._is_routine(value) or inspect.isclass(value)
                     or isinstance(value, property)) and self._from_module(module, value)):
                    self._find(tests, value, "%s.%s" % (name, attr), module,
                               source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                doc = obj.__doc__
                docstring = "" if doc is None else (doc if isinstance(doc, str) else str(doc))
            except (TypeError, AttributeError):
                docstring = ""
        if self._exclude_empty and not docstring:
            return None
        lineno = self._find_lineno(obj, source_lines)
        if module is None:
            filename = None
        else:
            filename = getattr(module, "__file__", None) or module.__name__
            if filename.endswith(".pyc"):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        docstring = getattr(obj, "__doc__", None)
        if inspect.ismodule(obj) and docstring is not None:
            lineno = 0
        if inspect.isclass(obj) and docstring is not None:
            if source_lines is None:
                return None
            pattern = re.compile(r"^\s*class\s*%s\b" % re.escape(getattr(obj, "__name__", "-")))
            for number, line in enumerate(source_lines):
                if pattern.match(line):
                    lineno = number
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if isinstance(obj, property):
            obj = obj.fget
        if inspect.isfunction(obj) and getattr(obj, "__doc__", None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for number in range(lineno, len(source_lines)):
                if _DOCSTRING_LINE.match(source_lines[number]):
                    return number
        return None


# ---------------------------------------------------------------- OutputChecker


class OutputChecker:
    """Compares an example's expected output with what it printed."""

    def _to_text(self, value):
        return value if isinstance(value, str) else str(value)

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r"(?m)^%s\s*?$" % re.escape(BLANKLINE_MARKER), "", want)
            got = re.sub(r"(?m)^[^\S\n]+$", "", got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count("\n") > 2 and got.count("\n") > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r"(?m)^[ ]*(?=\n)", BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = "unified diff with -expected +actual"
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = "context diff with expected followed by actual"
            else:
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(differ.compare(want_lines, got_lines))
                kind = "ndiff with -expected +actual"
            body = "".join(line.rstrip() + "\n" for line in diff)
            return "Differences (%s):\n" % kind + _indent(body)
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"


# ---------------------------------------------------------------- DocTestRunner

_SUCCESS, _FAILURE, _BOOM = range(3)


class DocTestRunner:
    """Runs DocTests and reports their failures (and, when verbose, every
    example)."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # -- reporting

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n"
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        parts = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            parts.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            parts.append("Line %s, in %s" % (example.lineno + 1, test.name))
        parts.append("Failed example:")
        parts.append(_indent(example.source))
        return "\n".join(parts)

    # -- running

    def _example_flags(self, example):
        for flag, on in example.options.items():
            if on:
                self.optionflags |= flag
            else:
                self.optionflags &= ~flag

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = original
            self._example_flags(example)
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = "<doctest %s[%d]>" % (test.name, number)
            try:
                exec(compile(example.source, filename, "single", compileflags, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = _FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = _SUCCESS
            else:
                kind, value = exception[0], exception[1]
                formatted = traceback.format_exception_only(kind, value)
                if issubclass(kind, SyntaxError):
                    prefixes = ("%s:" % kind.__qualname__,
                                "%s.%s:" % (kind.__module__, kind.__qualname__))
                    for position, line in enumerate(formatted):
                        if line.startswith(prefixes):
                            formatted = formatted[position:]
                            break
                exc_msg = "".join(formatted)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = _BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = _SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = _SUCCESS
            if outcome == _SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == _FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            exception = None
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, failures, tries):
        old_failures, old_tries = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (old_failures + failures, old_tries + tries)
        self.failures += failures
        self.tries += tries

    def _doctest_getlines(self, filename, module_globals=None):
        found = re.match(r"<doctest (?P<name>.+)\[(?P<number>\d+)\]>$", filename)
        test = self.test
        if found and found.group("name") == test.name:
            example = test.examples[int(found.group("number"))]
            return example.source.splitlines(keepends=True)
        return self._saved_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of test, writing reports with out (sys.stdout's
        write by default). Returns TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _future_flags(test.globs)
        saved_stdout = sys.stdout
        if out is None:
            encoding = getattr(saved_stdout, "encoding", None)
            if encoding is None or encoding.lower() == "utf-8":
                out = saved_stdout.write
            else:
                def out(text):
                    text = str(text.encode(encoding, "backslashreplace"), encoding, "strict")
                    saved_stdout.write(text)
        sys.stdout = self._fakeout
        self._saved_getlines = linecache.getlines
        linecache.getlines = self._doctest_getlines
        saved_displayhook = getattr(sys, "displayhook", None)
        if hasattr(sys, "__displayhook__"):
            sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = saved_stdout
            linecache.getlines = self._saved_getlines
            if saved_displayhook is not None:
                sys.displayhook = saved_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print a summary of every test this runner ran; returns
        TestResults(failed, attempted) over all of them."""
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (failures, tries) in self._name2ft.items():
            total_tries += tries
            total_failures += failures
            if tries == 0:
                empty.append(name)
            elif failures == 0:
                passed.append((name, tries))
            else:
                failed.append((name, (failures, tries)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, tries in sorted(passed):
                    print(" %3d tests in %s" % (tries, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, (failures, tries) in sorted(failed):
                print(" %3d of %3d in %s" % (failures, tries, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (failures, tries) in other._name2ft.items():
            old_failures, old_tries = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (old_failures + failures, old_tries + tries)


def _future_flags(globs):
    import __future__
    flags = 0
    for feature_name in __future__.all_feature_names:
        feature = globs.get(feature_name, None)
        if feature is getattr(__future__, feature_name):
            flags |= feature.compiler_flag
    return flags


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output is not the expected one."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises an exception it did not expect."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------- entry points

master = None


def _merge_into_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (__main__ by default)
    and of what it defines. Returns TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get("__main__")
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def _caller_directory(depth):
    frame = sys._getframe(depth)
    path = frame.f_globals.get("__file__")
    if path:
        return os.path.dirname(os.path.abspath(path))
    return os.curdir


def _package_directory(package):
    if isinstance(package, str):
        package = __import__(package, {}, {}, ["*"])
    path = getattr(package, "__file__", None)
    if path is None:
        return os.curdir
    return os.path.dirname(os.path.abspath(path))


def _load_text(filename, module_relative, package, encoding, depth):
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    if module_relative:
        if os.path.isabs(filename):
            raise ValueError("Module-relative files may not have absolute paths")
        base = _package_directory(package) if package else _caller_directory(depth + 1)
        filename = os.path.join(base, *filename.split("/"))
    with open(filename, encoding=encoding or "utf-8") as stream:
        return stream.read(), filename


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None,
             report=True, optionflags=0, extraglobs=None, raise_on_error=False,
             parser=DocTestParser(), encoding=None):
    """Test the examples in a text file. Returns TestResults(failed, attempted)."""
    text, filename = _load_text(filename, module_relative, package, encoding, 2)
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if "__name__" not in globs:
        globs["__name__"] = "__main__"
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Test the examples in f's docstring only (not those of what f holds)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------- unittest support

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when given none; returns the
    old ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """A unittest test case running one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_globs = test.globs.copy()
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        self._dt_test.globs.clear()
        self._dt_test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        saved_stdout = sys.stdout
        report = io.StringIO()
        optionflags = self._dt_optionflags
        if not optionflags & REPORTING_FLAGS:
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker, verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            results = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved_stdout
        if results.failed:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = "unknown line number" if test.lineno is None else "%s" % test.lineno
        short = test.name.split(".")[-1]
        return ("Failed doctest test for %s\n  File \"%s\", line %s, in %s\n\n%s"
                % (test.name, test.filename, lineno, short, err))

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        parts = self._dt_test.name.split(".")
        return "%s (%s)" % (parts[-1], ".".join(parts[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands for a module without docstrings when run optimized."""

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    def _removeTestAtIndex(self, index):
        pass


def _normalize_module(module, depth=2):
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        try:
            name = sys._getframe(depth).f_globals["__name__"]
        except (AttributeError, KeyError):
            name = "__main__"
        return sys.modules[name]
    raise TypeError("Expected a module, string, or None")


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase for each docstring with examples
    in module (the caller's module by default)."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module, 3)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            filename = module.__file__
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase for the examples of a text file."""

    def id(self):
        return "_".join(self._dt_test.name.split("."))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ("Failed doctest test for %s\n  File \"%s\", line 0\n\n%s"
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    text, path = _load_text(path, module_relative, package, encoding, 3)
    if "__file__" not in globs:
        globs["__file__"] = path
    name = os.path.basename(path)
    test = parser.get_doctest(text, globs, name, path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one DocFileCase for each text file."""
    suite = _DocTestSuite()
    if kw.get("module_relative", True):
        kw["package"] = _normalize_module(kw.get("package"), 3)
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---------------------------------------------------------------- scripts from examples


def script_from_examples(s):
    """A script of the examples in s, with the rest of s (and the expected
    output) as comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            want = piece.want
            if want:
                lines.append("# Expected:")
                lines += ["## " + line for line in want.split("\n")[:-1]]
        else:
            lines += [_comment_out(line) for line in piece.split("\n")[:-1]]
    while lines and lines[-1] == "#":
        lines.pop()
    while lines and lines[0] == "#":
        lines.pop(0)
    return "\n".join(lines) + "\n"


def _comment_out(line):
    return "# " + line if line.strip() else "#"


def testsource(module, name):
    """The script of the examples in the docstring of module's object name."""
    module = _normalize_module(module)
    tests = DocTestFinder().find(module)
    found = [test for test in tests if test.name == name]
    if not found:
        raise ValueError(name, "not found in tests")
    return script_from_examples(found[0].docstring)


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError("doctest.debug_src: Krait has no pdb")


def debug(module, name, pm=False):
    raise NotImplementedError("doctest.debug: Krait has no pdb")


# ---------------------------------------------------------------- python -m doctest


def _test():
    import argparse
    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument("-v", "--verbose", action="store_true", default=False,
                        help="print very verbose output for all tests")
    parser.add_argument("-o", "--option", action="append", choices=OPTIONFLAGS_BY_NAME.keys(),
                        default=[],
                        help=("specify a doctest option flag to apply to the test run; "
                              "may be specified more than once to apply multiple options"))
    parser.add_argument("-f", "--fail-fast", action="store_true",
                        help=("stop running tests after first failure (this is a shorthand "
                              "for -o FAIL_FAST, and is in addition to any other -o options)"))
    parser.add_argument("file", nargs="+", help="file containing the tests to run")
    args = parser.parse_args()
    options = 0
    for option in args.option:
        options |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= FAIL_FAST
    for filename in args.file:
        if filename.endswith(".py"):
            directory, base = os.path.split(filename)
            sys.path.insert(0, directory)
            try:
                module = __import__(base[:-3])
            finally:
                del sys.path[0]
            failures, _ = testmod(module, verbose=args.verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=args.verbose,
                                   optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
