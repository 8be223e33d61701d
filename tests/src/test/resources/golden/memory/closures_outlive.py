# Closures keep their cells (and what the cells hold) alive after the frames that made them return.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def make_generator():
    data = [A(1), A(2)]

    def generate():
        for item in data:
            yield item.n
    return generate()


g = make_generator()
print("generator made")
print(list(g))
del g
print("generator gone")


def make_counter():
    count = 0
    holder = A(3)

    def increment():
        nonlocal count
        count += 1
        return count, holder.n
    return increment


counter = make_counter()
print(counter(), counter())
del counter
print("counter gone")


def outer():
    value = A(4)

    def middle():
        def inner():
            return value.n
        return inner
    return middle()


inner = outer()
print(inner())
inner = None
print("inner gone")

adders = [(lambda x, k=k: x + k) for k in range(3)]
print([f(10) for f in adders])


def make_class():
    secret = A(5)

    class Box:
        def reveal(self):
            return secret.n
    return Box


Box = make_class()
print(Box().reveal())
print("end")
