"""Utilities to compile possibly incomplete Python source code.

compile_command(source, filename="<input>", symbol="single") compiles one
interactive command: it returns a code object when the command is complete,
None when more input is needed, and raises SyntaxError, OverflowError or
ValueError when the command is invalid.

Krait's compiler always closes the open blocks at the end of the source, so
whether a command is complete is decided here from the parsed statement and
from where the compiler found the error (at the end of the input or before).
"""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_FEATURES = [getattr(__future__, name) for name in __future__.all_feature_names]

_COMPOUND = ("If", "For", "AsyncFor", "While", "Try", "TryStar", "With", "AsyncWith",
             "FunctionDef", "AsyncFunctionDef", "ClassDef", "Match")

# Errors that mean the compiler reached the end of the input wanting more.
_ALWAYS_INCOMPLETE = ("was never closed", "unterminated triple-quoted string",
                      "unexpected EOF", "incomplete input")
_INCOMPLETE_AT_END = ("expected an indented block", "expected 'except' or 'finally' block")


def _only_comments(source):
    for line in source.split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            return False
    return True


def _line_count(source):
    return source.count("\n") + (0 if source.endswith("\n") else 1)


def _wants_more(error, source):
    """Does this SyntaxError (from compiling source) say the input just ended too soon?"""
    message = error.msg if isinstance(error.msg, str) else str(error)
    if any(part in message for part in _ALWAYS_INCOMPLETE):
        return True
    last = _line_count(source)
    lineno = error.lineno or 0
    if any(message.startswith(part) for part in _INCOMPLETE_AT_END):
        return lineno >= last
    if message == "invalid syntax":
        return lineno > last
    return False


def _ends_in_open_block(source, filename, symbol, flags):
    """True when the command is a compound statement that no empty line closed yet
    (in 'single' mode a compound statement ends only with an empty line)."""
    if symbol != "single" or source.endswith("\n"):
        return False
    import ast
    try:
        tree = compile(source, filename, symbol, flags | ast.PyCF_ONLY_AST, True)
    except (SyntaxError, ValueError, OverflowError):
        return False
    body = getattr(tree, "body", None)
    if not body:
        return False
    return type(body[-1]).__name__ in _COMPOUND


def _maybe_compile(compiler, source, filename, symbol):
    if symbol not in ("single", "exec", "eval"):
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if _only_comments(source) and symbol != "eval":
        source = "pass"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
        except SyntaxError as error:
            if _wants_more(error, source):
                return None
            try:
                compiler(source + "\n", filename, symbol)
                return None
            except SyntaxError as again:
                if _wants_more(again, source + "\n"):
                    return None
        else:
            if _ends_in_open_block(source, filename, symbol, compiler.flags if isinstance(compiler, Compile) else 0):
                return None
    return compiler(source, filename, symbol, incomplete_input=False)


def compile_command(source, filename="<input>", symbol="single"):
    r"""Compile a command and determine whether it is incomplete.

    Returns a code object if the command is complete and valid, None if it is
    incomplete; raises SyntaxError, ValueError or OverflowError if it is
    invalid.
    """
    return _maybe_compile(_compile, source, filename, symbol)


def _compile(source, filename, symbol, incomplete_input=True):
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT, True)


class Compile:
    """Like the builtin compile(), but remembers the __future__ statements it
    compiled and compiles later sources with them in force."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT

    def __call__(self, source, filename, symbol, **kwargs):
        code = compile(source, filename, symbol, self.flags, True)
        for feature in _FEATURES:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """Like compile_command(), but remembers the __future__ statements it
    compiled and compiles later commands with them in force."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
