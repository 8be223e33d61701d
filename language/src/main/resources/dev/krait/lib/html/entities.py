"""HTML character entity references."""

# Krait's implementation: the tables are built from the generated html/_entity_tables.py.

from html._entity_tables import HTML4 as _HTML4, HTML5 as _HTML5

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']


def _read(table):
    for line in table.splitlines():
        name, *codes = line.split(" ")
        yield name, [int(code, 16) for code in codes]


# maps the HTML entity name to the Unicode code point
name2codepoint = {name: codes[0] for name, codes in _read(_HTML4)}

# maps the HTML5 named character references to the equivalent Unicode character(s)
html5 = {name: "".join(map(chr, codes)) for name, codes in _read(_HTML5)}

# maps the Unicode code point to the HTML entity name
codepoint2name = {}

# maps the HTML entity name to the character
# (or a character reference if the character is outside the Latin-1 range)
entitydefs = {}

for name, codepoint in name2codepoint.items():
    codepoint2name[codepoint] = name
    entitydefs[name] = chr(codepoint)

del name, codepoint
