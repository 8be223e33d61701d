# Under from __future__ import annotations each annotation is the expression written back as text, the way CPython's
# compiler does it: normalized spacing, constants by repr, parentheses only where precedence needs them
from __future__ import annotations


def f(a: dict[str,   int], b: "q", c: int | None, d: (int, str), e: list[(int, str)], f: a.b.c[1:2, ::3], g: -1,
      h: not x, i: x if y else z, j: lambda x, *y, z=1, **k: x, k: {1: 2, **d}, l: {1, 2}, m: [*a],
      n: f(x, *y, k=1, **z), o: a < b <= c, p: a and b or c, q: 1.5e300 * 2, r: 1e400, s: 'it''s', t: b'x', u: ...,
      w: x[()], x: x[1,], y: (a, *b), z: f"{x!r:>{w}}", aa: 2**-1, bb: (-1)**2, cc: -(1)**2, dd: a @ b,
      ff: [x for x in y if z], gg: {x: y for x, y in z}, hh: (x for x in y), ii: g(x for x in y), jj: 1j, kk: -0.0,
      ll: True, mm: x[a:b], nn: a.b(c).d[e], oo: ~x, pp: +x, qq: (1,), rr: (), ss: 1 if 2 else (3 if 4 else 5),
      tt: 10 .real, uu: 1_000, vv: 0x10, ww: "a\nb", xx: lambda a, /, b=2, *, c: 0, yy: lambda: 0,
      zz: (a if b else c) if d else e, ab: (lambda: 1)(), ac: a or (b and c), ad: (a or b) and c, ae: not (a < b),
      af: a - (b - c), ag: (a - b) - c, ah: a ** b ** c, ai: (a ** b) ** c, aj: f"{'{'}x{{y}}", *args: *Ts,
      **kwargs: None) -> Iterator[tuple[int, ...]]:
    pass


for name, text in f.__annotations__.items():
    print(name, repr(text))


class C:
    x: ClassVar[list[int]] = []
    y: "int"
    (z): int = 1


x: Final[int] = 1
print(C.__annotations__, __annotations__)
