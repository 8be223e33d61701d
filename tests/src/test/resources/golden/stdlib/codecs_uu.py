# The uu_codec transform and the binascii uuencode line functions it is built on.
import binascii
import codecs


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for data in (b"", b"a", b"abc", b"\x00\x00\x00", b"x" * 45):
    print(data[:8], binascii.b2a_uu(data), binascii.b2a_uu(data, backtick=True))
show("too long", lambda: binascii.b2a_uu(b"x" * 46))
show("str", lambda: binascii.b2a_uu("x"))
for line in (b"", b"!80", b"#86)C\n", b"#86)C", b"`", b" ", b"!80  ", b"!80xx", b"$86)C", b"#86)C~", b"#86", b"\x7f",
             b"a", "#86)C", b"#8\x016)C"):
    show(f"a2b_uu {line!r}", lambda: binascii.a2b_uu(line))

data = bytes(range(100))
encoded = codecs.encode(data, "uu")
print(encoded)
print(codecs.decode(encoded, "uu_codec") == data, codecs.lookup("uu").name, codecs.lookup("uu-codec").name)
show("no begin", lambda: codecs.decode(b"", "uu-codec"))
show("truncated", lambda: codecs.decode(b"begin 666 x\n!80\n", "uu"))
print(codecs.decode(b"begin 666 <data>\n#86)Cgarbage\n \nend\n", "uu"))
import encodings.uu_codec
print(encodings.uu_codec.uu_encode(b"hi", "strict", "name\nline", 0o1755))
show("str.encode", lambda: "x".encode("uu"))
