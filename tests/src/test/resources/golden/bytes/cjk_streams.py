# The stream classes of the CJK codecs (MultibyteStreamReader/Writer), codecs.open and io.TextIOWrapper over them.
import codecs
import io
import os
import tempfile

print(codecs.lookup("big5").streamreader.__name__, codecs.lookup("big5").streamwriter.__module__)
print(issubclass(codecs.getreader("gbk"), codecs.StreamReader), issubclass(codecs.getwriter("gbk"), codecs.StreamWriter))

samples = {
    "gbk": "你好，世界！\n第二行 abc\r\n第三行", "big5": "中文繁體字\n第二行", "shift_jis": "こんにちは\nｱｲｳ 世界\n",
    "euc_jp": "日本語\nテキスト", "euc_kr": "안녕하세요\n세계", "gb18030": "中文€\U0001f600\n行",
    "iso2022_jp": "日本語\nabc\n漢字", "iso2022_kr": "안녕\n하세요", "hz": "你好\n世界~",
}
for name, text in samples.items():
    data = text.encode(name)
    reader = codecs.getreader(name)(io.BytesIO(data))
    print(name, [reader.read(1), reader.read(3), reader.readline(), reader.read(0), reader.read()], reader.read())
    reader = codecs.getreader(name)(io.BytesIO(data))
    print(" readline", [reader.readline(2), reader.readline(), reader.readline(), reader.readline()])
    reader = codecs.getreader(name)(io.BytesIO(data))
    print(" readlines", reader.readlines(), codecs.getreader(name)(io.BytesIO(data)).readlines(5))
    print(" iter", list(codecs.getreader(name)(io.BytesIO(data))))
    reader = codecs.getreader(name)(io.BytesIO(data))
    reader.read(2)
    reader.reset()
    try:
        print(" reset", repr(reader.read()))
    except UnicodeDecodeError as e:
        print(" reset", e)  # hz back in ASCII mode in the middle of GB text
    stream = io.BytesIO()
    writer = codecs.getwriter(name)(stream)
    writer.write(text[:3])
    writer.writelines([text[3:5], text[5:]])
    writer.reset()
    print(" write", stream.getvalue(), stream.getvalue() == data, writer.stream is stream)

# a stream that ends inside a character, and errors
for errors in ["strict", "replace", "ignore"]:
    reader = codecs.getreader("gbk")(io.BytesIO("中文".encode("gbk")[:3]), errors)
    try:
        print(errors, repr(reader.read()))
    except UnicodeDecodeError as e:
        print(errors, e)
reader = codecs.getreader("shift_jis")(io.BytesIO(b"\x82\xa0\x82"))
print(repr(reader.read(1)))
try:
    reader.read(1)  # the end of the stream inside a character
except UnicodeDecodeError as e:
    print(e)
stream = io.BytesIO()
writer = codecs.getwriter("euc_kr")(stream, "xmlcharrefreplace")
writer.write("a€가")
print(stream.getvalue())
try:
    codecs.getwriter("euc_kr")(io.BytesIO()).write("€")
except UnicodeEncodeError as e:
    print(e)
for bad in [lambda: codecs.getreader("gbk")(io.BytesIO(b"")).read("3"), lambda: codecs.getwriter("gbk")(io.BytesIO()).writelines(3),
            lambda: codecs.getreader("gbk")(io.StringIO("x")).read()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# files: codecs.open and TextIOWrapper reading in small chunks
fd, path = tempfile.mkstemp()
os.close(fd)
text = "".join("行%d 日本語の文字\n" % i for i in range(200))
for name in ["euc_jp", "shift_jis", "iso2022_jp", "gbk", "big5", "iso2022_jp_2"]:
    with open(path, "w", encoding=name) as f:
        f.write(text[:100])
        f.write(text[100:])
    data = open(path, "rb").read()
    print(name, len(data), data == text.encode(name))
    with open(path, encoding=name) as f:
        f._CHUNK_SIZE = 5
        lines = f.readlines()
    print(" ", lines == text.splitlines(True), lines[:2])
    with open(path, encoding=name) as f:
        f._CHUNK_SIZE = 3
        first = f.readline()
        where = f.tell()
        rest = f.read()
        f.seek(where)
        print(" ", repr(first), f.read() == rest)
    with codecs.open(path, encoding=name) as f:
        print(" ", f.read(10), repr(f.readline()), len(f.readlines()))
    with codecs.open(path, "w", encoding=name) as f:
        f.write(text[:50])
        f.write(text[50:])
    print(" ", open(path, "rb").read() == data)
os.unlink(path)
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="iso2022_jp")
w.write("a")
w.write("中")
w.write("文")
w.flush()
w.write("b中")
w.flush()
print(b.getvalue())
