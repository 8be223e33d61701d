# optparse: parsing command lines (every action and type, abbreviations, clustering, --, interspersed
# arguments, callbacks, groups, defaults), help and usage formatting, and CPython's errors and exits.
import io
import os
import sys

os.environ['COLUMNS'] = '80'
import optparse
from optparse import OptionParser, Option, OptionGroup, make_option


def run(parser, args):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        options, rest = parser.parse_args(args)
        print('ok', sorted(vars(options).items()), rest)
    except SystemExit as e:
        print('exit', e.code, repr(err.getvalue()))
    finally:
        sys.stderr = old


def record(option, opt_str, value, parser, *args, **kwargs):
    parser.values.seen = getattr(parser.values, 'seen', []) + [(opt_str, value, args, kwargs)]


parser = OptionParser(usage="%prog [options] FILE...", version="%prog 1.0", prog="tool",
                      description="A tool that does things with files. " * 3, epilog="See the manual.")
parser.add_option("-v", "--verbose", action="count", dest="verbosity", default=0, help="more output")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose_flag", default=True,
                  help="say nothing [default: %default]")
parser.add_option("-o", "--output", metavar="FILE", help="write to FILE (default %default)", default="out.txt")
parser.add_option("-n", "--number", type="int", default=3, help="how many")
parser.add_option("--ratio", type="float")
parser.add_option("--cplx", type="complex")
parser.add_option("-m", "--mode", choices=["fast", "slow"], default="fast", help="one of fast, slow")
parser.add_option("-I", "--include", action="append", dest="includes", help="add a directory")
parser.add_option("--const", action="store_const", const=42)
parser.add_option("--tag", action="append_const", const="T", dest="tags")
parser.add_option("--point", nargs=2, type="int", help="two numbers")
parser.add_option("--cb", action="callback", callback=record, callback_args=(1,), callback_kwargs={'k': 2},
                  type="string")
parser.add_option("--flag-cb", action="callback", callback=record)
parser.add_option("--secret", help=optparse.SUPPRESS_HELP)
group = OptionGroup(parser, "Advanced", "Options for experts. " * 4)
group.add_option("--deep", action="store_true", help="go deep " * 12)
group.add_option("--very-long-option-name-here", metavar="VALUE", help="a long one")
parser.add_option_group(group)
parser.add_option_group("Empty group")

print(parser.format_help())
print(repr(parser.get_usage()), parser.get_version(), parser.get_prog_name())

for args in [[], ['a', 'b'], ['-v', '-vv', '--verbose', 'f'], ['-q', '-o', 'x.txt', '-n0x1f', '--ratio=2.5'],
             ['-n', '017', '--number=0b101', '--cplx', '1+2j'], ['--out', 'abbrev.txt', '--verb'],
             ['-I', 'a', '-Ib', '--include=c', '--const', '--tag', '--tag'], ['--point', '3', '4', 'file'],
             ['-mslow', 'x', '--', '-v', '--not-an-option'], ['--cb', 'val', '--flag-cb'], ['-', 'x'],
             ['-vqn', '5', 'pos'], ['-vqn5'], ['--secret=s']]:
    run(parser, args)

for args in [['-x'], ['--nope'], ['--ver'], ['-n', 'abc'], ['--ratio', 'x'], ['-m', 'medium'], ['-n'],
             ['--point', '1'], ['--verbose=3'], ['--cplx', 'zz'], ['--help'], ['-h'], ['--version']]:
    run(parser, args)

p2 = OptionParser(prog="p2", add_help_option=False)
p2.add_option("-a", action="store_true")
p2.disable_interspersed_args()
run(p2, ['x', '-a'])
p2.enable_interspersed_args()
run(p2, ['x', '-a'])
print(repr(p2.format_help()))
p2.set_defaults(a='yes', other=5)
p2.set_default('b', 1)
run(p2, [])
print(p2.has_option('-a'), p2.get_option('-a'), p2.get_option('-z'), p2.get_option_group('-a'))
p2.remove_option('-a')
print(p2.has_option('-a'))
try:
    p2.remove_option('-a')
except ValueError as e:
    print('ValueError', e)

# Option construction errors
for args, kwargs in [((), {}), (('x',), {}), (('-xy',), {}), (('---x',), {}), (('-x',), {'action': 'jump'}),
                     (('-x',), {'type': 'bogus'}), (('-x',), {'action': 'store_true', 'type': 'int'}),
                     (('-x',), {'type': 'choice'}), (('-x',), {'choices': 'ab'}),
                     (('-x',), {'type': 'int', 'choices': ['a']}), (('-x',), {'action': 'store', 'const': 1}),
                     (('-x',), {'action': 'count', 'nargs': 2}), (('-x',), {'action': 'callback'}),
                     (('-x',), {'callback': print}), (('-x',), {'bogus': 1, 'other': 2}),
                     (('-x',), {'action': 'callback', 'callback': print, 'callback_args': [1]})]:
    try:
        o = Option(*args, **kwargs)
        print('made', o)
    except (optparse.OptionError, TypeError) as e:
        print(type(e).__name__, e)
print(Option('-f', '--file').dest, Option('-f').dest, Option('--some-name').dest, Option('-x', type=int).type,
      Option('-x', type=str).type, Option('-c', choices=('a',)).type, Option('-x', action='store_true').nargs)
o = make_option('-f', '--file', help='h')
print(str(o), o.get_opt_string(), o.takes_value(), repr(o).startswith('<Option at 0x'))

try:
    parser.add_option('-v')
except optparse.OptionConflictError as e:
    print('OptionConflictError', e)
p3 = OptionParser(conflict_handler="resolve", prog='p3')
p3.add_option('-f', '--foo', help='old')
p3.add_option('-f', help='new')
p3.add_option('--foo', help='newer')
print(p3.format_option_help())
for bad in [lambda: OptionParser(conflict_handler='x'), lambda: p3.add_option(5), lambda: p3.add_option('-a', 1, x=2),
            lambda: p3.add_option_group(5), lambda: p3.add_option_group(OptionGroup(parser, 't'))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Values
v = optparse.Values({'a': 1, 'b': None})
print(v, v == {'a': 1, 'b': None}, v == optparse.Values({'a': 1, 'b': None}), v.ensure_value('b', 5),
      v.ensure_value('a', 7), v.ensure_value('c', []))
v._update({'a': 2, 'zz': 3, 'b': None}, 'careful')
print(v)
v._update({'zz': 3}, 'loose')
print(v)
try:
    v._update({}, 'odd')
except ValueError as e:
    print('ValueError', e)

# formatters
f = optparse.TitledHelpFormatter(width=60)
tp = OptionParser(prog='titled', formatter=f, usage='usage: %prog [opts]')
tp.add_option('-a', '--all', help='everything')
tp.add_option('-b', metavar='B', help='bee')
print(tp.format_help())
f2 = optparse.IndentedHelpFormatter(width=50, max_help_position=10)
f2.set_long_opt_delimiter(' ')
f2.set_short_opt_delimiter('')
ip = OptionParser(prog='ind', formatter=f2, usage=optparse.SUPPRESS_USAGE)
ip.add_option('-s', '--size', type='int', help='a size that has quite a long help text to wrap around')
print(ip.format_help())
try:
    f2.set_long_opt_delimiter(':')
except ValueError as e:
    print('ValueError', e)
print(optparse.__all__)
