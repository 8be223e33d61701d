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
