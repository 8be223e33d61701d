# A generator resumed inside an if, a while body or else, or a comprehension condition carries on where it was:
# conditions are not evaluated again (they may have changed, or have side effects).
def g():
    i = 0
    while i < 1:
        i += 1
        yield i
        print("after")
print(list(g()))
def h():
    x = 1
    if x == 1:
        x = 2
        yield "in"
        print("still in if")
    else:
        print("WRONG else")
print(list(h()))
def g(text):
    i = 0
    n = len(text)
    while i < n:
        if text[i] == "$":
            k = i + 1
            if k < n and text[k].isalpha():
                k += 1
                while k < n and text[k].isalpha():
                    k += 1
                yield "name", text[i + 1:k]
                i = k
                continue
        yield "char", text[i]
        i += 1
print(list(g("$ab c")))
calls = []
def keep(x):
    calls.append(x)
    return x % 2
print(list(x * 10 for x in range(5) if keep(x)), calls)
def gen():
    n = 0
    while n < 3:
        n += 1
        if n % 2:
            n += 10
            yield "odd"
            print("after odd", n)
        else:
            yield "even"
    else:
        yield "loop done"
        print("after else")
print(list(gen()))
