"""getopt: Unix-style command line options (written for Krait).

getopt(args, shortopts, longopts=[]) returns ([(option, value), ...], remaining arguments); a letter followed by
':' in shortopts, or a long name ending in '=', takes an argument. gnu_getopt also accepts options after the first
operand. Errors raise GetoptError with CPython's messages.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ""
    msg = ""

    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Options until the first operand (or '--'); the rest are returned as operands."""
    return _parse(args, shortopts, longopts, gnu=False)


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options and operands may mix (unless shortopts starts with '+' or POSIXLY_CORRECT is set)."""
    gnu = True
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        gnu = False
    elif os.environ.get("POSIXLY_CORRECT"):
        gnu = False
    return _parse(args, shortopts, longopts, gnu)


def _parse(args, shortopts, longopts, gnu):
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    args = list(args)
    options = []
    operands = []
    while args:
        arg = args[0]
        if arg == "--":
            operands += args[1:]
            break
        if arg.startswith("--"):
            args = _long_option(options, arg[2:], longopts, args[1:])
        elif arg.startswith("-") and arg != "-":
            args = _short_options(options, arg[1:], shortopts, args[1:])
        elif gnu:
            operands.append(arg)
            args = args[1:]
        else:
            operands += args
            break
    return options, operands


def _long_option(options, text, longopts, rest):
    name, equals, value = text.partition("=")
    takes_argument, name = _long_match(name, longopts)
    if takes_argument:
        if not equals:
            if not rest:
                raise GetoptError(f"option --{name} requires argument", name)
            value, rest = rest[0], rest[1:]
    elif equals:
        raise GetoptError(f"option --{name} must not have an argument", name)
    options.append(("--" + name, value))
    return rest


def _long_match(name, longopts):
    candidates = [option for option in longopts if option.startswith(name)]
    if not candidates:
        raise GetoptError(f"option --{name} not recognized", name)
    if name in candidates:
        return False, name
    if name + "=" in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError(f"option --{name} not a unique prefix", name)
    match = candidates[0]
    if match.endswith("="):
        return True, match[:-1]
    return False, match


def _short_options(options, letters, shortopts, rest):
    while letters:
        letter, letters = letters[0], letters[1:]
        position = shortopts.find(letter)
        if letter == ":" or position < 0:
            raise GetoptError(f"option -{letter} not recognized", letter)
        if shortopts.startswith(":", position + 1):
            if not letters:
                if not rest:
                    raise GetoptError(f"option -{letter} requires argument", letter)
                letters, rest = rest[0], rest[1:]
            options.append(("-" + letter, letters))
            letters = ""
        else:
            options.append(("-" + letter, ""))
    return rest
