"""CPython's table of encoding aliases (Krait's implementation: the table is kept in Java, where str.encode and
bytes.decode use it): normalized alias -> codec module name."""

import _krait_charsets

aliases = dict(sorted(_krait_charsets.aliases()))
