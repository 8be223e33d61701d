a or b or c
a and b and c
a or b and c
not a
not not a
a < b <= c > d >= e == f != g
a in b not in c is d is not e
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
-a + +b - ~c
a ** b ** c
-a ** -b
await_ = 1
x if y else z
x if y else z if w else v
(x := 10)
[y := f(x), y ** 2]
f(x := 1)
a[x := 1]
a.b.c
a[0]
a[1:2]
a[:]
a[::]
a[1:]
a[:2]
a[::2]
a[1:2:3]
a[1, 2]
a[1:2, 3]
a[*b]
a[*b, c]
a[()]
(a)
(a,)
()
(a, b)
[]
[1, 2, 3,]
{}
{1: 2, **d, 3: 4}
{1, 2}
{*a, *b}
[*a, *b]
*a, b = c
[x for x in y]
[x for x in y if x if z]
[(x, y) for x in a for y in b]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[x async for x in y]
[x for x in (lambda: y)]
...
None
True
False
f(a)[b].c
x = a if b else c
i = 0; i = 1 if i else 2
