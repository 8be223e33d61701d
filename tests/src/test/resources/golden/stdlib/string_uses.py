# string: constants, capwords, Template (substitute, safe_substitute, errors), Formatter.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; $$5 costs $$")
print(t.substitute(who="tim", what="tea"), t.substitute({"who": "ann"}, what="jam"), t.get_identifiers(), t.is_valid())
print(string.Template("$who and $other").safe_substitute(who="x"))
try:
    string.Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Formatter().format("{0}-{x}", 1, x=2))
