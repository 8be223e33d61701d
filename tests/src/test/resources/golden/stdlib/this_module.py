"""import this prints the Zen of Python; the module keeps it ROT13-encoded in s, with the decoding table d."""
import this

print(sorted(name for name in vars(this) if not name.startswith("__")))
print(this.s[:32])
print(len(this.d), this.d["A"], this.d["n"], this.c, this.i)
print("".join(this.d.get(c, c) for c in this.s).splitlines()[-1])
