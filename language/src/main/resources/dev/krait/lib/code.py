"""Read-eval-print loops: classes and a function to emulate Python's
interactive interpreter inside a program."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]

_COPYRIGHT = 'Type "help", "copyright", "credits" or "license" for more information.'


class InteractiveInterpreter:
    """Compiles and runs source in a namespace; knows nothing of user input."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run source. Returns True when more input is needed
        (the source is incomplete), False otherwise (it ran, or its syntax
        error was shown)."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Run a code object in self.locals, showing any exception but SystemExit."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def _remember(self, kind, value, tb):
        sys.last_type = kind
        sys.last_value = value
        sys.last_traceback = tb
        sys.last_exc = value

    def _report(self, lines, kind, value, tb):
        hook = getattr(sys, "excepthook", None)
        if hook is None or hook is getattr(sys, "__excepthook__", None):
            self.write("".join(lines))
        else:
            hook(kind, value, tb)

    def showsyntaxerror(self, filename=None):
        """Show the syntax error just raised (no stack: it happened while
        compiling). With filename, the error names that file."""
        kind, value, tb = sys.exc_info()
        if filename and kind is SyntaxError:
            try:
                msg, (_, lineno, offset, line) = value.args
            except ValueError:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
        self._remember(kind, value, tb)
        self._report(traceback.format_exception_only(kind, value), kind, value, tb)

    def showtraceback(self):
        """Show the exception just raised, without the interpreter's own frame."""
        kind, value, tb = sys.exc_info()
        self._remember(kind, value, tb)
        try:
            lines = traceback.format_exception(kind, value, tb.tb_next if tb is not None else None)
            self._report(lines, kind, value, tb)
        finally:
            kind = value = tb = None

    def write(self, data):
        """Write data to sys.stderr; subclasses may send it elsewhere."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interactive interpreter that gathers the lines of a command in a
    buffer and prompts for them."""

    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines gathered so far."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Prompt for lines and run them until end of file."""
        if not hasattr(sys, "ps1"):
            sys.ps1 = ">>> "
        if not hasattr(sys, "ps2"):
            sys.ps2 = "... "
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n"
                       % (sys.version, sys.platform, _COPYRIGHT, type(self).__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        more = False
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write("now exiting %s...\n" % type(self).__name__)
        elif exitmsg != "":
            self.write("%s\n" % exitmsg)

    def push(self, line):
        """Add a line to the buffer and try to run the buffer. Returns True
        when the command needs more lines."""
        self.buffer.append(line)
        source = "\n".join(self.buffer)
        more = self.runsource(source, self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Read a line (without its newline); raise EOFError at the end."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole until end of file; readfunc, when given,
    replaces its raw_input."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)
