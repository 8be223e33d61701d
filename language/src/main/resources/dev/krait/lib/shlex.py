"""A lexical analyzer class for simple shell-like syntaxes."""

# Krait's implementation. The lexer is a character-at-a-time state machine; its state is ' ' between tokens,
# 'a' inside a word, 'c' inside a run of punctuation characters, a quote character inside that quote, an escape
# character right after it, and None at the end of the input.

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_BREAK = object()      # a state step ends the token
_CONTINUE = object()   # a state step reads on


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if posix:
            # the Latin-1 letters
            self.wordchars += "".join(chr(c) for c in range(0xDF, 0x100) if c != 0xF7)
            self.wordchars += "".join(chr(c) for c in range(0xC0, 0xDF) if c != 0xD7)
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print(f"shlex: pushing to file {self.infile}")
            else:
                print(f"shlex: pushing to stream {self.instream}")

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print("shlex: popping to %s, line %d" % (self.instream, self.lineno))
        self.state = " "

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            print("shlex: token=" + repr(raw) if raw != self.eof else "shlex: token=EOF")
        return raw

    # read_token's state machine: one method per kind of state, answering _BREAK or _CONTINUE.

    def _emit_or_continue(self):
        return _BREAK if self.token or (self.posix and self._quoted) else _CONTINUE

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between_tokens(self, char):
        if not char:
            self.state = None
            return _BREAK
        if char in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            return self._emit_or_continue()
        if char in self.commenters:
            self._skip_comment()
        elif self.posix and char in self.escape:
            self._escaped_state = "a"
            self.state = char
        elif char in self.wordchars:
            self.token = char
            self.state = "a"
        elif char in self.punctuation_chars:
            self.token = char
            self.state = "c"
        elif char in self.quotes:
            if not self.posix:
                self.token = char
            self.state = char
        elif self.whitespace_split:
            self.token = char
            self.state = "a"
        else:
            self.token = char
            return self._emit_or_continue()
        return _CONTINUE

    def _in_quotes(self, char):
        self._quoted = True
        if not char:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if char == self.state:
            if not self.posix:
                self.token += char
                self.state = " "
                return _BREAK
            self.state = "a"
        elif self.posix and char in self.escape and self.state in self.escapedquotes:
            self._escaped_state = self.state
            self.state = char
        else:
            self.token += char
        return _CONTINUE

    def _after_escape(self, char):
        if not char:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        # inside quotes, only the quote and the escape character itself are escaped: keep the backslash otherwise
        if self._escaped_state in self.quotes and char != self.state and char != self._escaped_state:
            self.token += self.state
        self.token += char
        self.state = self._escaped_state
        return _CONTINUE

    def _in_word(self, char):
        if not char:
            self.state = None
            return _BREAK
        if char in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in word state")
            self.state = " "
            return self._emit_or_continue()
        if char in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = " "
                return self._emit_or_continue()
        elif self.state == "c":
            if char in self.punctuation_chars:
                self.token += char
            else:
                if char not in self.whitespace:
                    self._pushback_chars.append(char)
                self.state = " "
                return _BREAK
        elif self.posix and char in self.quotes:
            self.state = char
        elif self.posix and char in self.escape:
            self._escaped_state = "a"
            self.state = char
        elif char in self.wordchars or char in self.quotes or \
                (self.whitespace_split and char not in self.punctuation_chars):
            self.token += char
        else:
            if self.punctuation_chars:
                self._pushback_chars.append(char)
            else:
                self.pushback.appendleft(char)
            if self.debug >= 2:
                print("shlex: I see punctuation in word state")
            self.state = " "
            return self._emit_or_continue()
        return _CONTINUE

    def read_token(self):
        self._quoted = False
        self._escaped_state = " "
        while True:
            if self.punctuation_chars and self._pushback_chars:
                char = self._pushback_chars.pop()
            else:
                char = self.instream.read(1)
            if char == "\n":
                self.lineno += 1
            if self.debug >= 3:
                print(f"shlex: in state {self.state!r} I see character: {char!r}")
            state = self.state
            if state is None:
                self.token = ""
                break
            if state == " ":
                step = self._between_tokens(char)
            elif state in self.quotes:
                step = self._in_quotes(char)
            elif state in self.escape:
                step = self._after_escape(char)
            elif state in ("a", "c"):
                step = self._in_word(char)
            else:
                step = _CONTINUE
            if step is _BREAK:
                break
        result = self.token
        self.token = ""
        if self.posix and not self._quoted and result == "":
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + repr(result) if result else "shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ""
    return list(lexer)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # single quotes protect everything; a single quote itself is closed, given in double quotes, and reopened
    return "'" + s.replace("'", "'\"'\"'") + "'"


def _print_tokens(lexer):
    while token := lexer.get_token():
        print("Token: " + repr(token))


if __name__ == "__main__":
    if len(sys.argv) == 1:
        _print_tokens(shlex())
    else:
        with open(sys.argv[1]) as f:
            _print_tokens(shlex(f, sys.argv[1]))
