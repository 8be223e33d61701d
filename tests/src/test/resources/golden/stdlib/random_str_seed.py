# random.seed() with str, bytes and bytearray seeds (version 2: the bytes plus their SHA-512), and version 1.
import random

for s in ["hello", "", "héllo wörld", "x" * 300, b"bytes", bytearray(b"ba"), b""]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100))
random.seed("hello")
print([random.randrange(10) for _ in range(10)])
random.seed("abc", version=1)
print(random.random())
random.seed("", version=1)
print(random.random())
r = random.Random("xyz")
print(r.random(), r.getrandbits(70))
random.seed(b"\xff" * 100)
print(random.choice(range(1000)))
r1 = random.Random("same")
r2 = random.Random(b"same")
print(r1.random() == r2.random())
try:
    random.seed([1])
except TypeError as e:
    print(e)
