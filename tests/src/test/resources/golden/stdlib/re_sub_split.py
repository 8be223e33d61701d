# re: sub and subn (templates, group references, callables, count), split (groups, maxsplit).
import re

print(re.sub(r"\d", "#", "a1b22c333"))
print(re.sub(r"\d", "#", "a1b22c333", count=2))
print(re.sub(r"\d", "#", "a1b22c333", 0))
print(re.subn(r"\d+", "N", "a1b22c333"))
print(re.subn(r"\d+", "N", "abc"))
print(re.subn(r"\d+", "N", "a1b2", count=1))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second> \g<first>", "hello world"))
print(re.sub(r"(\w+)", r"<\g<0>>", "a bc"))
print(re.sub(r"(\w+)", r"\g<1>0", "a bc"))
print(re.sub(r"(a)|b", r"[\1]", "abab"))
print(re.sub(r"x", r"\n\t\\", "axb"))
print(repr(re.sub(r"x", r"\0\01\101\1411\08", "x")))
print(re.sub(r"x", r"\-\.\ ", "axb"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"\b", "|", "two words"))
print(re.sub(r"a|", "-", "bab"))
print(re.sub(r"(?i)HELLO", "bye", "Hello hello HELLO"))
print(re.sub("a", "b", ""))
print(re.sub(r"\s+", " ", "  lots   of\n\nspace  ").strip())

# callable replacements
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 plus 20 is 21"))
print(re.sub(r"(?P<name>[a-z]+)", lambda m: m["name"].upper(), "abc 123 def"))
calls = []
def record(m):
    calls.append((m.span(), m.pos, m.endpos))
    return ""
print(repr(re.sub(r"o", record, "foo boo")), calls)
print(re.subn(r"o", lambda m: "0", "foo boo", 3))
try:
    re.sub("a", lambda m: 5, "abc")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", 5, "abc")
except TypeError as e:
    print("TypeError", e)

# Pattern.sub, Match.expand
p = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
print(p.sub(r"\g<d>/\g<m>/\g<y>", "from 2024-01-15 to 2024-12-31"))
print(p.subn(r"\3.\2.\1", "2024-01-15"))
m = p.search("on 1999-07-04!")
print(m.expand(r"year \1, month \g<m>, all \g<0>"))
print(re.match(r"(a)(b)?", "a").expand(r"[\1][\2]"))

# template errors
for template in [r"\g", r"\g<", r"\g<>", r"\g<1", r"\g<a-b>", r"\g<-1>", r"\g<9>", r"\5", r"\q", "x\\",
                 r"\400", r"ab\g<1x>", r"\12"]:
    try:
        print(repr(re.sub(r"(a)", template, "a")))
    except re.error as e:
        print("error:", e, "|", e.msg, e.pos)
    except IndexError as e:
        print("IndexError:", e)
try:
    re.sub(r"(?P<x>a)", r"\g<y>", "a")
except IndexError as e:
    print("IndexError:", e)

# split
print(re.split(r",", "a,b,,c"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(a)|(b)", "xaybz"))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "a b"))
print(re.split(r"", "abc"))
print(re.split(r"(?:)", "ab", 1))
print(re.split(r"x", "axbxc", -1))
print(re.split(r"\d", ""))
print(re.split(r"(\s)(\S)?", "a b c "))
print(re.compile(r"\s*;\s*").split("a ; b;c  ;d"))

# empty matches next to others (after an empty match the next may not be empty at the same place)
for pattern, text in [(r"^|$", "ab"), (r"|a", "a"), (r"^|a", "ba"), (r"\A|a", "aa"), (r"(?=a)|a", "a"),
                      (r"\b|a", "ab"), (r"$|$|^", "x1 2bb"), (r"(?m)^|$", "a\nb")]:
    print(repr(pattern), re.findall(pattern, text), re.sub(pattern, "-", text), re.split(pattern, text))
