# textwrap: wrap and fill (hyphens, long words, indents, max_lines), shorten, dedent, indent.
import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known phrase, used to test typewriters and "
        "computer keyboards, displaying all letters of the English alphabet. Supercalifragilisticexpialidocious!")
for width in (10, 20, 35, 70):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a\tb\tc  d", 6), textwrap.wrap("", 10), textwrap.wrap("   lead", 10))
print(textwrap.wrap("one-two-three four-five", 8), textwrap.wrap("x" * 25, 10), textwrap.wrap("x" * 25, 10, break_long_words=False))
print(textwrap.shorten("Hello  world, this is a long sentence", 20), textwrap.shorten("short", 20))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("  x\n y")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(textwrap.fill("Sentence one. Sentence two.", 40, fix_sentence_endings=True))
print(textwrap.wrap(text, 40, max_lines=2), textwrap.wrap(text, 25, max_lines=3, placeholder=" ..."))
