# an uncaught UnicodeDecodeError: the traceback and the message as CPython prints them
raw = b"caf\xc3\xa9 \xff"
print(raw[:6].decode())
text = raw.decode()
