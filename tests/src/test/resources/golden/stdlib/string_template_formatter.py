import string
from string import Template
t = Template("$who likes $what; ${who}s cost $$5 $$")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, what="c"))
print(t.safe_substitute(who="x"), t.template, t.get_identifiers(), t.is_valid())
for bad in [lambda: t.substitute(who="x"), lambda: Template("$").substitute(), lambda: Template("a $1 b").substitute(), lambda: Template("${x").substitute(x=1),
            lambda: Template("$x").substitute({}, {}), lambda: Template("x\n$").substitute(), lambda: Template("line1\n  $ x").substitute()]:
    try:
        print(bad())
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Template("$ x ${y").safe_substitute(), Template("$1 $x").is_valid(), Template("${a} $b $a $$c").get_identifiers(), Template("$ä").get_identifiers())
class Percent(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(Percent("%name is %age%%").safe_substitute(name="n"), Percent("%x").substitute(x=1))
class Braced(Template):
    braceidpattern = r"[a-z.]+"
print(Braced("${a.b} $c").substitute({"a.b": 1, "c": 2}))
class Custom(Template):
    pattern = r"\[(?:(?P<escaped>\[)|(?P<named>[a-z]+)\]|(?P<braced>\{[a-z]+\})\]|(?P<invalid>))"
print(Custom("[x] [[ ").substitute(x=5))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"), string.ascii_letters, string.punctuation, string.printable.__len__())
f = string.Formatter()
print(f.format("{0} {x!r} {y:>5}", 1, x="a", y=2), list(f.parse("a{b}c{d!r:>3}")), f.vformat("{}", (1,), {}))
import _string
for s in ['a{b}c{d!r:>3}', '{}', '{{x}}', 'x}}y', '{0[1].x!s:{w}}', '}', '{', 'a{', '{x!}', '{x!rr}', '{x!r', '{x:', '{x:{y}', '{:{}}}', 'abc', '', '{!r}', '{0!a:}', '{ x }', '{a[}', '{a[b]c}', '{a.}','{x:}}','{[}]}', '{a{b}', 'text}',
          '{x', '{x:y', '{x[0]', '{x[a:b]}', '{x[a!b]}', '{x!r:{a[}]}}', '{x:{a[}]}}', '{x:[}', '{x!:}', '{x!r}', '{x!ab}', '{!}', '{x:{{}}}', '{x:a}b}', '{x:{}', '{a]}', '{a]b}', '{0]:x}', '{x!r:}', '{x!r:a:b}', '{x:!r}', '{[a:b]!r:c}', 'a{{', 'a}}', '{{', '}}', '{}}}','{[}', '{x}{', 'ab{x}cd{y!s}ef',
          '{x!', '{x!}}', '{x!r}}', '{a[b]}', '{a[{]}', '{x[]}']:
    out = []
    try:
        for t in _string.formatter_parser(s):
            out.append(t)
        print(repr(s), out)
    except Exception as e:
        print(repr(s), out, type(e).__name__, e)
for fn in ['a', '0', 'a.b[0][x].c', '10[2]', '', 'a[', 'a[b', 'a.', 'a]', 'a[]', 'a..b', '.a', '[0]', 'a[0]x', 'a[-1]', 'a[01]', ' 1']:
    try:
        first, rest = _string.formatter_field_name_split(fn)
        print(repr(fn), repr(first), list(rest))
    except Exception as e:
        print(repr(fn), type(e).__name__, e)
for fs, a, k in [('{} {}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{} {0}', (1, 2), {}), ('{:{}}', ('x', 5), {}), ('{0:{1}}', ('x', 5), {}), ('{a.real} {b[1]} {b[-1]}', (), {'a': 3, 'b': {1: 'one', '-1': 'm'}}),
                 ('{!x}', (1,), {}), ('{0:{0:{0:{0}}}}', (1,), {}), ('{x}', (), {}), ('{1}', (0,), {}), ('{0!r:>10}|{1!s}|{2!a}', ('a', 'b', 'é'), {})]:
    try:
        print(repr(f.vformat(fs, a, k)))
    except Exception as e:
        print(type(e).__name__, e)
print(f.convert_field(1, 'a'), f.format_field(3.5, '>6'), f.get_value(0, ['z'], {}), f.get_field('0.real', [5], {}), f.check_unused_args(set(), (), {}))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError(f"unused {sorted(unused)}")
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, f"<{key}>") if isinstance(key, str) else super().get_value(key, args, kwargs)
print(Strict().format("{a} {b} {0}", 7, a=1))
try:
    Strict().format("{a}", a=1, z=2)
except ValueError as e:
    print("ValueError", e)
