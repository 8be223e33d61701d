# __class__ assignment checks the layouts; slot descriptors refuse other layouts; member descriptors of builtin types;
# a bound builtin method's __qualname__ names the type it is bound to.
class TypeA:
    def __init__(self):
        self.a = 1


class TypeB:
    __slots__ = "b"


class TypeC:
    pass


class SlotX:
    __slots__ = ("x",)


class SlotY:
    __slots__ = ("y",)


class SlotA:
    __slots__ = ("a",)


class SlotA2:
    __slots__ = ("a",)


class WithDict(SlotA):
    pass


obj = TypeA()
for target in (TypeB, SlotX, WithDict):
    try:
        obj.__class__ = target
    except TypeError as e:
        print(e)
obj.__class__ = TypeC
print(type(obj).__name__, obj.a)
slot_obj = SlotX()
try:
    slot_obj.__class__ = SlotY
except TypeError as e:
    print(e)
slot_a = SlotA()
slot_a.a = 5
slot_a.__class__ = SlotA2
print(type(slot_a).__name__, slot_a.a)


class WideSlots:
    __slots__ = ("s0", "s1", "s7")


class NarrowSlots:
    __slots__ = ("only",)


class NoSlots:
    __slots__ = ()


NarrowSlots.borrowed = WideSlots.__dict__["s7"]
NoSlots.borrowed = WideSlots.__dict__["s7"]
for owner in (NarrowSlots(), NoSlots()):
    for i in range(300):
        for action in (lambda: owner.borrowed, lambda: setattr(owner, 'borrowed', 1), lambda: delattr(owner, 'borrowed')):
            try:
                action()
            except TypeError as e:
                if i == 0:
                    print(e)
wide = WideSlots()
wide.s7 = 'seven'
print(WideSlots.__dict__["s7"].__get__(wide), wide.s7)

print(SyntaxError.msg, SyntaxError.msg.__qualname__, SyntaxError.lineno, type(SyntaxError.text).__name__)
e = SyntaxError('bad', ('f.py', 3, 4, 'x = ', 3, 5))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
e.msg = 'changed'
print(e.msg, str(e), SyntaxError().msg)


class MySyntaxError(SyntaxError):
    pass


m = MySyntaxError('mine')
print(m.msg, m.lineno)

print(type(type.__dict__["__dict__"]).__dict__['__objclass__'], type(type.__dict__["__dict__"]).__dict__['__name__'])
print(type.__dict__["__dict__"].__objclass__ is type, type.__dict__["__dict__"].__name__)
try:
    type.__dict__["__dict__"].__objclass__ = int
except AttributeError as e:
    print(e)
print(BaseException.args.__qualname__, Exception.args.__qualname__)
print(type.__subclasshook__.__qualname__, object.__subclasshook__.__qualname__, bool.from_bytes.__qualname__)
print([].append.__qualname__, dict.fromkeys.__qualname__, (1).__add__.__qualname__)


class L(list):
    pass


print(L().append.__qualname__, L.fromkeys.__qualname__ if hasattr(L, 'fromkeys') else '-')
print(type.__bases__, type.__base__, type in object.__subclasses__())
