class A:
    attr = 1
    def method(self):
        return attr
    def uses_super(self):
        return super().uses_super()
    def uses_class(self):
        return __class__
    @staticmethod
    def static(v):
        return v
def factory(base):
    tag = "t"
    class Local(base):
        name = tag
        tag = "shadow"
        def get(self):
            return tag, base
    return Local
class __Mangled:
    __private = 1
    def m(self):
        __local = 2
        return __local, self.__private
