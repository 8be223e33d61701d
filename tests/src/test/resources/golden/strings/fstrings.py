name = "Ada"
age = 36
pi = 3.14159265
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {name!a} {'héllo'!a}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.2f}| {pi:+.1e} {pi:.3g}")
print(f"{age:05d} {age:x} {age:X} {age:o} {age:b} {age:#x} {age:#o} {age:#b} {255:08b}")
print(f"{1234567:,} {1234567.891:,.2f} {1234567:_} {0.256:.1%} {-5:+d} {5: d}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'pad':*^9}|")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{age + 4} {age * 2 if age > 30 else 0} {[x ** 2 for x in range(4)]}")
print(f"{name=} {age = } {pi=:.1f}")
d = {"key": "value"}
print(f"{d['key']} {{literal braces}} {len(d)}")
print(f"{'nested ' + f'{age}'}")
print(f"{3.0} {1e20} {None} {True} {[1, 'a']}")
print(f"{12:>6}|{-12:<6}|{12:^6}|{-12:=6}|")
print(f"{1.5:g} {100000000.0:g} {0.00001:g} {2.0:.0f} {2.5:.0f} {3.5:.0f}")
