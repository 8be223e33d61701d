# pickle's errors: CPython's exception types and messages
import pickle
import re


def attempt(action):
    try:
        result = action()
    except Exception as exc:
        text = re.sub(" at 0x[0-9a-f]+", "", str(exc)).replace(__file__, "FILE")
        print(type(exc).__name__, text)
    else:
        print("ok", result)


unnamed = lambda: 1


def outer():
    def inner():
        pass
    return inner


def renamed():
    pass


renamed_ref = renamed
del renamed


class NoReduce:
    def __reduce__(self):
        return 5


class ShortReduce:
    def __reduce__(self):
        return (1,)


class UncallableReduce:
    def __reduce__(self):
        return (1, ())


class BadArgsReduce:
    def __reduce__(self):
        return (list, 1)


class Slotted:
    __slots__ = ("a",)


attempt(lambda: pickle.dumps(unnamed))
attempt(lambda: pickle.dumps(outer()))
attempt(lambda: pickle.dumps(renamed_ref))
attempt(lambda: pickle.dumps(1, 6))
attempt(lambda: pickle.dumps(1, protocol=4, buffer_callback=print))
attempt(lambda: pickle.dumps(NoReduce()))
attempt(lambda: pickle.dumps(ShortReduce()))
attempt(lambda: pickle.dumps(UncallableReduce()))
attempt(lambda: pickle.dumps(BadArgsReduce()))
attempt(lambda: pickle.dumps(Slotted(), 0))
attempt(lambda: pickle.dumps((i for i in [])))
attempt(lambda: pickle.dumps(pickle))
attempt(lambda: pickle.dumps(pickle.PickleBuffer(b"x"), 4))
attempt(lambda: pickle.Pickler(5))
attempt(lambda: pickle.Unpickler(5))
attempt(lambda: pickle.loads("abc"))
for data in [b"", b"N", b"X\x05\x00\x00\x00ab", b"K", b"\x80\x06N.", b"zN.", b"\x01N.", b"\xffN.", b"h\x05.",
             b".", b"Na.", b"P1\n.", b"c__main__\nNope\n.", b"cno_such_module\nNope\n.",
             b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N", b"(N.", b"0.", b"(1.", b"\x82\x05.",
             b"K\x01K\x02\x81.", b"K\x01)R.", b"I1x\n.", b"\x80\x02N.extra", b"NN."]:
    print(data, end=" ")
    attempt(lambda: pickle.loads(data))
for data in [b"I0x10\n.", b"I010\n.", b"I-7\n.", b"L0x10L\n.", b"L12345678901234567890L\n.", b"Fabc\n.",
             b"F1e3\n.", b"(c__builtin__\nlen\nI5\no.", b"(i__builtin__\nint\nI5\n.", b"\x80\x02}q\x00(K\x01K\x02K\x03u.",
             b"(K\x01d.", b"]K\x01\x85b.", b"N\x90."]:
    print(data, end=" ")
    attempt(lambda: pickle.loads(data))
attempt(lambda: pickle.dumps([1], protocol=2.0))
attempt(lambda: pickle.dumps([1], protocol="2"))
attempt(lambda: pickle.dumps([1], protocol=-1)[:2])
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
