# encoding="locale" (PEP 597) in open() and TextIOWrapper, and io.text_encoding.
import io
f = open("locale_encoding.tmp", "w", encoding="locale"); print(f.encoding); f.write("é"); f.close()
print(open("locale_encoding.tmp", encoding="locale").read())
print(io.text_encoding(None), io.text_encoding("latin-1"))
t = io.TextIOWrapper(io.BytesIO(b"x"), encoding="locale"); print(t.encoding)
import os; os.remove("locale_encoding.tmp")
