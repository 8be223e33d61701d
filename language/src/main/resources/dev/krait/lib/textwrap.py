"""Wrapping and filling text (Krait's implementation of CPython's TextWrapper behaviour)."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


class TextWrapper:
    """Breaks text into lines of at most width characters, at whitespace (and after hyphens in words)."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in _whitespace:
                text = text.replace(ch, " ")
        return text

    def _split(self, text):
        """Chunks: runs of whitespace and words; with break_on_hyphens, words also end after an inner hyphen
        ("over-" "eager") and around em-dashes ("this" "--" "that")."""
        if not self.break_on_hyphens:
            return _split_on_whitespace(text)
        chunks = []
        pos = 0
        n = len(text)
        while pos < n:
            if text[pos] in _whitespace:
                end = pos
                while end < n and text[end] in _whitespace:
                    end += 1
            elif pos > 0 and _is_word_or_punctuation(text[pos - 1]) and _em_dash_at(text, pos):
                end = pos
                while text[end] == "-":
                    end += 1
            else:
                end = pos + 1
                while end < n and text[end] not in _whitespace:
                    if text[end] == "-" and _breaks_after_hyphen(text, end):
                        end += 1
                        break
                    if _is_word_or_punctuation(text[end - 1]) and _em_dash_at(text, end):
                        break
                    end += 1
            chunks.append(text[pos:end])
            pos = end
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def wrap(self, text):
        """The list of lines."""
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The lines joined with newlines."""
        return "\n".join(self.wrap(text))


def _split_on_whitespace(text):
    chunks = []
    pos = 0
    while pos < len(text):
        end = pos
        blank = text[pos] in _whitespace
        while end < len(text) and (text[end] in _whitespace) == blank:
            end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _is_letter(c):
    # a word character that is not a digit
    return c.isalpha() or c == "_"


def _is_word_or_punctuation(c):
    return c.isalnum() or c == "_" or c in "!\"'&.,?"


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _em_dash_at(text, pos):
    """Two or more hyphens at pos, then a word character."""
    end = pos
    while end < len(text) and text[end] == "-":
        end += 1
    return end - pos >= 2 and end < len(text) and (text[end].isalnum() or text[end] == "_")


def _breaks_after_hyphen(text, i):
    """The hyphen at i ends a chunk: it follows two letters (or letter-letter-) and comes before two letters
    (with at most one hyphen between them), so "e-mail" stays whole while "over-eager" splits."""
    after = _letter_at(text, i + 1) and (_letter_at(text, i + 2) or
                                         i + 2 < len(text) and text[i + 2] == "-" and _letter_at(text, i + 3))
    before = (_letter_at(text, i - 2) and _letter_at(text, i - 1) or
              _letter_at(text, i - 3) and text[i - 2] == "-" and _letter_at(text, i - 1))
    return after and before


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then '.', '!' or '?', then perhaps a closing quote."""
    if chunk[-1:] in ("'", '"'):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """The text collapsed to single spaces and cut to width, ending with the placeholder if cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the whitespace every non-blank line starts with; whitespace-only lines become empty."""
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        prefix = line[:len(line) - len(stripped)]
        if margin is None:
            margin = prefix
        elif prefix.startswith(margin):
            pass
        elif margin.startswith(prefix):
            margin = prefix
        else:
            common = 0
            for a, b in zip(margin, prefix):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    result = []
    for line in lines:
        if not line.strip(" \t"):
            result.append("")
        elif margin:
            result.append(line[len(margin):])
        else:
            result.append(line)
    return "\n".join(result)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines (by default, the lines that are not whitespace only)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
