import shlex, io
cases = ['a b c', 'a "b c" d', "a 'b c' d", 'a\\ b c', '"a \\"b\\" c"', "'a \\'", 'foo#bar # comment', 'x=1 y="2 3"',
         '  leading   and trailing  ', '', 'a""b', "a''b", '"" \'\'', 'ab"cd"ef', 'a\\\\b', '"a\\\\b"', "'a\\\\b'", '"a\\nb"',
         'café ñ', 'echo $HOME; ls | wc -l', 'a&&b||c', 'a (b) c', 'x="a"\'b\'c']
for c in cases:
    for posix in (True, False):
        try:
            print(repr(c), posix, shlex.split(c, posix=posix))
        except ValueError as e:
            print(repr(c), posix, "ValueError", e)
    print(shlex.split(c, comments=True))
for bad in ['"unclosed', "'unclosed", 'trail\\']:
    for posix in (True, False):
        try:
            print(shlex.split(bad, posix=posix))
        except ValueError as e:
            print("ValueError", e)
try:
    shlex.split(None)
except ValueError as e:
    print("ValueError", e)
for s in ["", "abc", "a b", "it's", "$x", "a\"b", "@%+=:,./-", "é", "tab\there", "new\nline", "*"]:
    print(repr(shlex.quote(s)))
print(shlex.join(["ls", "-l", "my file", "it's", ""]))
print(shlex.split(shlex.join(["a b", "c'd", 'e"f'])))
lex = shlex.shlex("a = b + c; d(e, f)")
print(list(lex))
lex = shlex.shlex("a = b + c; d(e, f)", posix=True)
print(list(lex))
lex = shlex.shlex("a && b || c; (d) > out.txt 2>&1 ~/x -y", punctuation_chars=True)
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("a && b", posix=True, punctuation_chars="&")
print(list(lex))
lex = shlex.shlex("a;;b|c", punctuation_chars=";|")
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two\nthree # c\nfour", infile="f.txt")
print(lex.get_token(), lex.lineno, lex.error_leader(), lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.error_leader("g", 9))
lex = shlex.shlex(io.StringIO("x y"))
lex.push_source("inner stream")
print(list(lex))
lex = shlex.shlex("a:b-c", posix=True)
lex.wordchars += ":"
print(list(lex))
lex = shlex.shlex("a,b c", posix=True)
lex.whitespace += ","
print(list(lex))
lex = shlex.shlex("k='v w' % z", posix=True)
lex.whitespace_split = True
lex.commenters = "%"
print(list(lex), lex.eof, shlex.shlex("").eof == "")
print(shlex.__all__)
