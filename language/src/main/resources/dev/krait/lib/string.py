"""String constants and classes (Krait's implementation): the character sets, capwords, Template, Formatter."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
           "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word (words split by sep, or whitespace) and joins them back."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


import re as _re
import _string

_no_mapping = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # ASCII identifiers only, whatever the flags ([a-z] with IGNORECASE alone would take some non-ASCII letters)
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            # the four things a delimiter can start: an escaped delimiter, a name, a braced name, or nothing valid
            delimiter = _re.escape(cls.delimiter)
            named = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = (f"{delimiter}(?:(?P<escaped>{delimiter})|(?P<named>{named})|{{(?P<braced>{braced})}}"
                       f"|(?P<invalid>))")
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, found):
        position = found.start('invalid')
        lines = self.template[:position].splitlines(keepends=True)
        if lines:
            line = len(lines)
            column = position - len(''.join(lines[:-1]))
        else:
            line = column = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    @staticmethod
    def _values(mapping, kws):
        if mapping is _no_mapping:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_no_mapping, /, **kws):
        values = self._values(mapping, kws)

        def replacement(found):
            name = found.group('named') or found.group('braced')
            if name is not None:
                return str(values[name])
            if found.group('escaped') is not None:
                return self.delimiter
            if found.group('invalid') is not None:
                self._invalid(found)
            raise self._unrecognized()
        return self.pattern.sub(replacement, self.template)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        values = self._values(mapping, kws)

        def replacement(found):
            name = found.group('named') or found.group('braced')
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return found.group()
            if found.group('escaped') is not None:
                return self.delimiter
            if found.group('invalid') is not None:
                return found.group()
            raise self._unrecognized()
        return self.pattern.sub(replacement, self.template)

    def is_valid(self):
        for found in self.pattern.finditer(self.template):
            if found.group('invalid') is not None:
                return False
            if found.group('named') is None and found.group('braced') is None and found.group('escaped') is None:
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        names = []
        for found in self.pattern.finditer(self.template):
            name = found.group('named') or found.group('braced')
            if name is not None:
                if name not in names:
                    names.append(name)
            elif found.group('invalid') is None and found.group('escaped') is None:
                raise self._unrecognized()
        return names


# Template's own pattern (__init_subclass__ runs by itself only for subclasses)
Template.__init_subclass__()


class Formatter:
    """str.format's machinery as a class whose steps can be overridden (PEP 3101)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        """(formatted text, next automatic index, or False once fields are numbered by hand)."""
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            # the spec may hold fields of its own
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal text, field name, format spec, conversion) for each part of format_string."""
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """(the object field_name names, the argument key it was looked up by)."""
        first, rest = _string.formatter_field_name_split(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first
