def g():
    for i in range(4):
        if (yield i):
            print("then", i)
        elif (yield -i):
            print("elif", i)
        else:
            print("else", i)
    x = (yield "c") if (yield "t") else (yield "e")
    print("x", x)
    y = (yield "a") and (yield "b") or (yield "o")
    print("y", y)
    while (yield "w"):
        print("loop")
    assert (yield "assert"), "msg"
    print([z for z in range(1)])
gen = g()
vals = iter([None, 1, 0, 0, 1, 0, 0, 0, 1, "C", 0, "O", 1, 0, 1, 1, 1, 1])
out = [next(gen)]
try:
    while True:
        out.append(gen.send(next(vals)))
except StopIteration:
    pass
print(out)
class O: pass
def g():
    o = O(); o.n = 1
    o.n += yield "a"
    print(o.n)
    d = {"k": [1]}
    d[(yield "k")] += (yield "v")
    print(d)
x = g(); print(next(x)); print(x.send(5)); print(x.send("k")); 
try: x.send([2])
except StopIteration: print("done")
