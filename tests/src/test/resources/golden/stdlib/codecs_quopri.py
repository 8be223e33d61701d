# Quoted-printable: binascii's b2a_qp/a2b_qp (quoting rules, soft breaks at 76 characters, the data's line ending,
# header mode, istext), the quopri module over them, and the quopri_codec transform.
import binascii
import codecs
import io
import quopri


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = (b"", b"plain", b"space tab\teol \n", b"a" * 80, b"a" * 75 + b"=", b"\x80\xff=\r\nx", b".\n.", b"line \nline\t",
           bytes(range(256)), b"x" * 74 + b"\x80" * 3, b"a\r\nb\nc", b"a\nb\r\nc", b"a\rb", b"=\n", b"a b_c",
           b"x" * 80 + b"\r\n" + b"y" * 80, b"\n.\x00", b"a\x00.")
for data in samples:
    for quotetabs in (False, True):
        print(data[:12], quotetabs, binascii.b2a_qp(data, quotetabs=quotetabs),
              binascii.b2a_qp(data, quotetabs, False, True))
for data in (b"a=\nb", b"a=20b", b"a=2", b"a=zz", b"a  \nb", b"a=\r\nb", b"=4a=4A", b"x=", b"a==b", b"a=\rxx\nb", b"a_b",
             "=41=42", b"=3d"):
    print(data, binascii.a2b_qp(data), binascii.a2b_qp(data, header=True))
show("a2b_qp non-ASCII str", lambda: binascii.a2b_qp("\xe9"))
show("b2a_qp str", lambda: binascii.b2a_qp("x"))

print(quopri.encodestring(b"caf\xe9 = ok\t\n"), quopri.encodestring(b"a b", quotetabs=True), quopri.decodestring(b"caf=E9"))
print(quopri.encodestring(b"a_b c", header=True), quopri.decodestring(b"a_b=20c", header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b"x=y\n"), out, False)
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(out.getvalue(), back.getvalue(), quopri.quote(b"="), quopri.needsquoting(b"\t", True, False), quopri.ishex(b"f"),
      quopri.unhex(b"1f"))

print([codecs.decode(codecs.encode(data, "quopri"), "quopri_codec") == data for data in samples])
print(codecs.encode(b"space tab\teol \n", "quopri-codec"), codecs.lookup("quotedprintable").name,
      codecs.lookup("quoted-printable").name)
show("str.encode", lambda: "x".encode("quopri"))
reader = codecs.getreader("quopri")(io.BytesIO(b"a=3Db\nc=\nd\n"))
print(reader.read())
