# zero-argument super() needs the __class__ cell the class gives its methods
class A:
    def own_class_variable(self):
        __class__ = "mine"
        try:
            return super()
        except RuntimeError as e:
            return "RuntimeError: %s" % e

    def normal(self):
        return type(super()).__name__, __class__.__name__


print(A().own_class_variable(), A().normal())


def plain():
    return super()


try:
    plain()
except RuntimeError as e:
    print("RuntimeError:", e)
