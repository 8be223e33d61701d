def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def outer():
    x = "enclosing"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()())
total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)
def bad():
    print(undefined_name_here)
try:
    bad()
except NameError as e:
    print("NameError:", e)
y = 1
def shadow():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 2
shadow()
def accumulator(start):
    items = [start]
    def add(v):
        items.append(v)
        return list(items)
    return add
acc = accumulator(0)
acc(1)
print(acc(2))
print(c1.__closure__ is not None, outer.__closure__)
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a
            a += b
            return a
        return level3
    f = level2()
    f()
    return a
print(level1())
