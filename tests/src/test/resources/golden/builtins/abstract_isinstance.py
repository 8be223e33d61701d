# isinstance/issubclass with objects that only act as classes (CPython's abstract protocol): anything with a
# __bases__ tuple is a class, an instance names its class through __class__; AttributeError means "no", other
# errors propagate.
class AbstractClass:
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)

class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)

AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
AbstractOther = AbstractClass(bases=(AbstractClass(bases=()), AbstractChild))

print(isinstance(AbstractInstance(AbstractChild), AbstractSuper), isinstance(AbstractInstance(AbstractSuper), AbstractChild))
print(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild), issubclass(AbstractOther, AbstractSuper))
print(isinstance(AbstractInstance(AbstractChild), (int, AbstractSuper)), issubclass(AbstractChild, (AbstractChild,)))
print(issubclass(AbstractChild, int), isinstance(3, AbstractSuper))

class RaisesAttributeError:
    @property
    def __bases__(self):
        raise AttributeError
class RaisesRuntimeError:
    @property
    def __bases__(self):
        raise RuntimeError("bases")

for call, args in [(isinstance, (1, RaisesAttributeError())), (issubclass, (RaisesAttributeError(), int)),
                   (issubclass, (int, RaisesAttributeError())), (isinstance, (1, RaisesRuntimeError())),
                   (issubclass, (RaisesRuntimeError(), int)), (isinstance, (1, 2)), (issubclass, (1, int)),
                   (issubclass, (int, 2))]:
    try:
        print(call.__name__, call(*args))
    except Exception as e:
        print(call.__name__, type(e).__name__, e)
