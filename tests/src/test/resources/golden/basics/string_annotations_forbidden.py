# Under from __future__ import annotations an annotation still may not hold a walrus, a yield or an await
for body in ["x: (y := 1)", "def f(a: (yield)): pass", "def f() -> (yield from g): pass", "async def f(a: await b): pass", "x: [(z := 1) for i in r]", "x: lambda: (yield)", "def f(a: (y := 2)): pass", "x: f'{(x := 10):=10}'"]:
    for fut in ["from __future__ import annotations\n", ""]:
        try:
            compile(fut + body, "s", "exec"); print("ok")
        except SyntaxError as e: print(e)
