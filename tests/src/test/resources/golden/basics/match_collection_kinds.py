# Which subjects are sequences or mappings to match: inheritance order, ABC registration, memoryview, bytearray
import array
import collections
import collections.abc


def kinds(x):
    found = []
    match x:
        case [*_]:
            found.append("seq")
    match x:
        case {}:
            found.append("map")
    return found


class C:
    pass


class M1(collections.UserDict, collections.abc.Sequence):
    pass


class M3(collections.UserDict, C, list):
    pass


class M4(dict, collections.abc.Sequence, C):
    pass


class S1(collections.UserList, collections.abc.Mapping):
    pass


class S4(collections.UserList, dict, C):
    pass


for cls in (M1, M3, M4, S1, S4):
    print(cls.__name__, kinds(cls()))


class Parent:
    pass


class ChildPre(Parent):
    pass


collections.abc.Sequence.register(Parent)


class ChildPost(Parent):
    pass


for cls in (Parent, ChildPre, ChildPost):
    print(cls.__name__, kinds(cls()))


def xyz(w):
    match w:
        case (x, y, z):
            return x, y, z


print(xyz(array.array("b", b"abc")), xyz(memoryview(b"abc")), xyz(bytearray(b"abc")), xyz(b"abc"))
match bytearray(b"x"):
    case bytearray(z):
        print("bytearray binds itself:", z)
for code in ("case 0j+0: pass", "case 0j+0j: pass", "case {0j+0: _}: pass", "case 1+2: pass", "case {0: _, 0j: _}: pass",
             "case {1: _, 1+0j: _}: pass", "case {1j: _, -1j: _}: pass", "case {-1-1j: _, -1-1j: _}: pass"):
    try:
        compile("match x:\n    " + code, "<string>", "exec")
        print("compiles:", code)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
