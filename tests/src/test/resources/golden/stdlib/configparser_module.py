import configparser, io, sys
from configparser import ConfigParser, RawConfigParser, ExtendedInterpolation
text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
path = %(home)s/dir ; trailing
home: /home/%(user)s
user = alice
multi = first line
   second line

   after blank
# comment line
; another comment
empty =
pct = 100%%
"""
c = ConfigParser(inline_comment_prefixes=(";",))
c.read_string(text)
print(c.sections(), c.defaults(), list(c), len(c), "forge.example" in c, "nope" in c, c.has_section("DEFAULT"))
s = c["topsecret.server.example"]
print(repr(s), s.name, s.parser is c, list(s), len(s), dict(s))
print(s["port"], s.getint("port"), c.getint("topsecret.server.example", "Port"), s.getboolean("forwardx11"), c.getboolean("forge.example", "compression"), c.getfloat("DEFAULT", "compressionlevel"))
print(repr(s["multi"]), repr(s["empty"]), s["pct"], s.get("path"), s.get("path", raw=True), s.get("missing"), s.get("missing", "fb"), c.get("forge.example", "user", vars={"user": "v"}))
print(c.items("forge.example"), c.items("topsecret.server.example", raw=True)[:3], [k for k, v in c.items()])
print(c.has_option("forge.example", "user"), c.has_option("forge.example", "compression"), c.has_option(None, "compression"), c.has_option("nosuch", "x"), c.options("forge.example"))
c.set("forge.example", "new", "value")
c["extra"] = {"a": "1", "b": "two", "C": "3"}
c["extra"]["d"] = "4"
del c["extra"]["a"]
print(c.remove_option("extra", "b"), c.remove_option("extra", "zz"), c.remove_section("nosuch"), dict(c["extra"]))
out = io.StringIO(); c.write(out); print(out.getvalue())
out = io.StringIO(); c.write(out, space_around_delimiters=False); print(out.getvalue()[:80])
for bad in [lambda: c.get("nosuch", "x"), lambda: c.get("forge.example", "nope"), lambda: c.getint("DEFAULT", "compression"), lambda: c.getboolean("topsecret.server.example", "port"),
            lambda: c.add_section("extra"), lambda: c.add_section("DEFAULT"), lambda: c.set("nosuch", "a", "b"), lambda: c.set("extra", "x", 5), lambda: c.add_section(5),
            lambda: c["nosuch"], lambda: c["extra"]["nope"], lambda: c.set("extra", "bad", "50%"), lambda: c.options("nosuch"), lambda: c.items("nosuch"), lambda: c.__delitem__("DEFAULT"), lambda: c.__delitem__("nosuch")]:
    try:
        print(bad())
    except (configparser.Error, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e, e.args)
print(c.get("nosuch", "x", fallback="fb"), c.getint("forge.example", "nope", fallback=-1), c.getboolean("nosuch", "x", fallback=None))
bad_texts = ["no header = 1\n[s]\n", "[s]\na = 1\na = 2\n", "[s]\n[s]\n", "[s]\njunk line\n=novalue\nok = 1\n  \n", "[s]\nx = %(y)s\n", "[s]\nx = %(x)s\n", "[s]\nx = 5%\n", "[s]\nx = %(y\n"]
for t in bad_texts:
    p = ConfigParser()
    try:
        p.read_string(t, source="src.ini")
        print([p.get("s", o) for o in p.options("s")])
    except configparser.Error as e:
        print(type(e).__name__, "|", e, "|", e.args, getattr(e, "errors", None))
p = ConfigParser(strict=False); p.read_string("[s]\na = 1\na = 2\n[s]\nb = 3\n"); print(dict(p["s"]))
p = RawConfigParser(); p.read_string("[s]\nx = %(nope)s 100%\n"); print(p.get("s", "x")); p.set("s", "y", 5); print(p.get("s", "y"), p.items("s"))
p = ConfigParser(allow_no_value=True); p.read_string("[s]\nflag\nkey = v\n"); print(p.items("s"), p.get("s", "flag")); out = io.StringIO(); p.write(out); print(out.getvalue())
p = ConfigParser(delimiters=("=>",), comment_prefixes=("//",), default_section="common"); p.read_string("[common]\nk => v\n// c\n[x]\na => 1 = 2\n"); print(p.items("x"), p.default_section, list(p))
p = ConfigParser(empty_lines_in_values=False)
try:
    p.read_string("[s]\na = 1\n  2\n\n  3\n")
    print(repr(p.get("s", "a")))
except configparser.Error as e:
    print(type(e).__name__, e)
e = ConfigParser(interpolation=ExtendedInterpolation())
e.read_string("[paths]\nhome = /home/u\ndata = ${home}/data\n[other]\nlog = ${paths:data}/log\ncost = $$5\nbad = ${paths:nope}\ndeep = ${a:b:c}\nsyntax = $x\n")
print(e.get("paths", "data"), e.get("other", "log"), e.get("other", "cost"))
for opt in ("bad", "deep", "syntax"):
    try:
        print(e.get("other", opt))
    except configparser.Error as err:
        print(type(err).__name__, err)
p = ConfigParser(defaults={"a": 1, "B": "x"}, interpolation=None); p.read_dict({"s": {"k": "%(a)s", 1: 2}}); print(p.get("s", "k"), p.items("s"), p.defaults())
p = ConfigParser(converters={"list": lambda v: v.split(",")}); p.read_string("[s]\nitems = a,b,c\n"); print(p.getlist("s", "items"), p["s"].getlist("items"), "list" in p.converters, sorted(p.converters))
p.converters["upper"] = str.upper; print(p["s"].getupper("items")); del p.converters["upper"]; print(hasattr(p, "getupper"))
class Cased(ConfigParser):
    def optionxform(self, s):
        return s
p = Cased(); p.read_string("[S]\nKey = V\n"); print(p.options("S"), p["S"]["Key"])
p = ConfigParser(inline_comment_prefixes=("#", ";")); p.read_string("[s]\na = x;y #c\nb = x ;y # z\nc = #only\n"); print(p.items("s"))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH, sorted(configparser.__all__)[:5], ConfigParser.BOOLEAN_STATES)
print(repr(configparser.NoSectionError("s")), str(configparser.DuplicateSectionError("s", "f", 3)), str(configparser.DuplicateOptionError("s", "o")), configparser.ParsingError("x").args)
p = ConfigParser(); p.read_dict({"a": {"x": "1"}}); print(p.popitem()[0], p.sections())
try:
    p.popitem()
except KeyError as err:
    print("KeyError", err.args)
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "c.ini")
    with open(path, "w") as f:
        f.write("[f]\nk = v\n")
    p = ConfigParser()
    print(p.read([path, os.path.join(d, "missing.ini")]) == [path], p.get("f", "k"))
    with open(path) as f:
        p2 = ConfigParser(); p2.read_file(f); print(p2.sections())
    try:
        p2.read_file(io.StringIO("x"), source="s")
    except configparser.MissingSectionHeaderError as err:
        print(err.source, err.lineno, repr(err.line))
