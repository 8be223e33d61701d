# At exit, the globals still alive are released in the order they were defined.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


first = A("first")
_private = A("_private")
last = A("last")
nested = [A("in list")]


class Holder:
    attr = A("class attribute")


print("end of program")
