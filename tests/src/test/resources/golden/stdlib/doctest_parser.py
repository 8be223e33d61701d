# DocTestParser, Example, DocTest, DocTestFinder, OutputChecker and DocTestRunner used directly.
import doctest
import io
import sys

text = """
Some text.

    >>> x = 1
    >>> x + 1
    2
    >>> for i in range(2):
    ...     print(i)
    0
    1

More text.
    >>> print('a')  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    a
    <BLANKLINE>

    >>> raise ValueError('bad')
    Traceback (most recent call last):
      File "x", line 1
    ValueError: bad
      second line
    >>> # only a comment
    >>> 
    >>> 3
    3
"""

parser = doctest.DocTestParser()
pieces = parser.parse(text, "sample")
for piece in pieces:
    if isinstance(piece, doctest.Example):
        print("Example", repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, piece.options)
    else:
        print("text", repr(piece))

examples = parser.get_examples(text)
print(len(examples), [e.lineno for e in examples])
test = parser.get_doctest(text, {"g": 1}, "sample", "sample.txt", 10)
print(test)
print(test.name, test.filename, test.lineno, test.globs, test.docstring == text)
print(doctest.DocTest([], {}, "empty", None, None, ""))
print(doctest.DocTest(examples[:1], {}, "one", "f.py", 3, ""))
e = doctest.Example("1+1", "2")
print(repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.indent, e.options)
print(e == doctest.Example("1+1\n", "2\n"), e == doctest.Example("1+2", "2"))
e = doctest.Example("raise X", "", exc_msg="X: y")
print(repr(e.exc_msg), repr(e.want))

for bad in [">>>x = 1", "  >>> if 1:\n ...     pass", "  >>> 1\n 1", ">>> 1  # doctest: +NOPE",
            ">>> 1  # doctest: ELLIPSIS", ">>> # doctest: +ELLIPSIS\n"]:
    try:
        parser.parse(bad, "bad")
        print("parsed", repr(bad))
    except ValueError as error:
        print("ValueError", error)

print(doctest.OPTIONFLAGS_BY_NAME["ELLIPSIS"] == doctest.ELLIPSIS, doctest.ELLIPSIS,
      doctest.SKIP, doctest.REPORT_NDIFF, doctest.FAIL_FAST, doctest.COMPARISON_FLAGS,
      doctest.REPORTING_FLAGS)
flag = doctest.register_optionflag("MY_FLAG")
print(flag, doctest.register_optionflag("MY_FLAG") == flag)

checker = doctest.OutputChecker()
cases = [("1\n", "True\n", 0), ("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1),
         ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0), ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", doctest.DONT_ACCEPT_BLANKLINE),
         ("a b\n", "a\n   b\n", doctest.NORMALIZE_WHITESPACE), ("a b\n", "a\n   b\n", 0),
         ("a...z\n", "abcz\n", doctest.ELLIPSIS), ("a...z\n", "abc\n", doctest.ELLIPSIS),
         ("...\n", "anything\n", doctest.ELLIPSIS), ("a...b...c\n", "a1b2c\n", doctest.ELLIPSIS),
         ("aa...aa\n", "aaa\n", doctest.ELLIPSIS), ("x\n", "x   \n", 0), ("\n", "   \n", 0)]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))

want = "one\ntwo\nthree\nfour\nfive\n"
got = "one\n2\nthree\nfour\nfive\nsix\n"
example = doctest.Example("f()", want)
for flags in [0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF]:
    print(checker.output_difference(example, got, flags), end="")
print(checker.output_difference(doctest.Example("f()", "a\n"), "b\n", doctest.REPORT_UDIFF), end="")
print(checker.output_difference(doctest.Example("f()", ""), "", 0), end="")
print(checker.output_difference(doctest.Example("f()", "x\n"), "\n", 0), end="")
print(checker.output_difference(doctest.Example("f()", "x\n"), "\n", doctest.DONT_ACCEPT_BLANKLINE), end="")


def documented(a):
    """Adds one.

    >>> documented(1)
    2
    >>> documented(2)
    4
    """
    return a + 1


class Holder:
    """
    >>> Holder().value()
    1
    """
    def value(self):
        """>>> 0
        0
        """
        return 1


finder = doctest.DocTestFinder()
for found in finder.find(Holder, "Holder", globs={}):
    print(found.name, found.lineno, len(found.examples), found.filename.endswith("doctest_parser.py"))
for found in doctest.DocTestFinder(recurse=False).find(Holder, "Holder", globs={}):
    print("no recurse", found.name)
tests = finder.find(sys.modules[__name__])
print([t.name for t in tests])
print([t.lineno for t in tests])
print(finder.find(documented)[0].name)
try:
    finder.find(42)
except ValueError as error:
    print("ValueError", error)
print(str(doctest.DocTestFinder(exclude_empty=False).find(lambda: None, "anon", globs={}))
      .replace(__file__, "FILE"))

runner = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
test = finder.find(documented, globs={"documented": documented})[0]
result = runner.run(test, out=out.write)
print(result, runner.failures, runner.tries)
print(out.getvalue().replace(__file__, "FILE"), end="")
print(test.globs)
test = finder.find(documented, globs={"documented": documented})[0]
runner.run(test, out=out.write, clear_globs=False)
print(sorted(test.globs))
print(runner.summarize(verbose=True))

runner = doctest.DocTestRunner(verbose=True)
lines = []
text = ">>> a = 5\n>>> a * 2\n10\n>>> print(a)\n6\n"
runner.run(parser.get_doctest(text, {}, "strtest", None, 0), out=lines.append)
print("".join(lines), end="")
print(runner.summarize())

try:
    doctest.DebugRunner().run(parser.get_doctest(">>> 1\n2\n", {}, "dbg", None, 0))
except doctest.DocTestFailure as failure:
    print("DocTestFailure", failure.example.source, repr(failure.got), failure.test.name)
try:
    doctest.DebugRunner().run(parser.get_doctest(">>> 1/0\n", {}, "dbg", None, 0))
except doctest.UnexpectedException as failure:
    print("UnexpectedException", failure.exc_info[0].__name__, failure.example.source, end="")
print(doctest.script_from_examples(text))

# how parse() splits text and examples
for sample in [">>> 1\n1\n\ntext\n  >>> 2\n  2\n", "Summary.\n\n    >>> a = 1\n    >>> a\n    1\n    text right after\n",
               "\t>>> 'tab'\n\t'tab'", ">>> 1\n1", "no examples at all\n", "  >>> x = [\n  ...   1]\n  >>> x\n  [1]\n\n  end",
               ">>> print('a')\na\n   \n>>> 2\n2\n"]:
    parts = doctest.DocTestParser().parse(sample)
    print([p if isinstance(p, str) else (p.source, p.want, p.lineno, p.indent) for p in parts])
try:
    doctest.DocTestParser().parse("   >>> x\n   ... y\n   out\n  back\n")
except ValueError as error:
    print("ValueError", error)
for t in doctest.DocTestFinder(exclude_empty=False).find(Holder, "Holder", globs={}):
    print(t.name, t.lineno, len(t.examples))
