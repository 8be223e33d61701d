# Ints beyond the index size given to sequences: clamped search bounds, repetition counts, slices, subscripts.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


B = 2**100


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


# index()/find()/count() bounds are clamped like slice bounds
show("tuple.index", lambda: (0, 1, 2).index(0, 0, B))
show("tuple.index wide", lambda: (0, 1, 2).index(2, -B, B))
show("tuple.index start past end", lambda: (0, 1, 2).index(2, B))
show("tuple.index str bound", lambda: (0, 1, 2).index(2, "a"))
show("tuple.index None bound", lambda: (0, 1, 2).index(2, None))
show("tuple.index float bound", lambda: (0, 1, 2).index(2, 0, 2.0))
show("tuple.index __index__", lambda: (0, 1, 2).index(2, Idx(-B), Idx(B)))
show("list.index", lambda: [1].index(1, -B, B))
show("list.index absent", lambda: [1].index(2, -B, B))
show("list.index start past end", lambda: [1].index(1, B))
show("list.index str bound", lambda: [1].index(1, "x"))
show("list.index None stop", lambda: [1].index(1, 0, None))
show("str.index", lambda: "abc".index("c", -B, B))
show("str.find", lambda: "abc".find("c", -B, B))
show("str.rfind", lambda: "abcabc".rfind("a", -B, B))
show("str.count", lambda: "abc".count("c", -B, B))
show("str.find None", lambda: "abc".find("c", None, None))
show("str.find str bound", lambda: "abc".find("c", "x"))
show("str.startswith", lambda: "abc".startswith("a", -B, B))
show("str.endswith", lambda: "abc".endswith("c", B))
show("bytes.find", lambda: b"abc".find(b"c", -B, B))
show("bytes.index", lambda: b"abc".index(b"c", -B, B))
show("bytearray.count", lambda: bytearray(b"abc").count(b"c", -B, B))

# repetition: OverflowError for a count beyond the index size, whatever its sign
show("str * big", lambda: "a" * B)
show("str * -big", lambda: "a" * -B)
show("big * str", lambda: B * "a")
show("empty str * big", lambda: "" * B)
show("list * -big", lambda: [1] * -B)
show("big * list", lambda: B * [1])
show("empty list * big", lambda: [] * B)
show("tuple * -big", lambda: (1,) * -B)
show("empty tuple * big", lambda: () * B)
show("bytes * -big", lambda: b"a" * -B)
show("bytearray * big", lambda: bytearray(b"a") * B)
show("str * __index__ big", lambda: "a" * Idx(B))
# results longer than sys.maxsize, or too big to allocate
show("str too long", lambda: "ab" * 2**62)
show("str huge", lambda: "a" * (2**63 - 1))
show("bytes too long", lambda: b"ab" * 2**62)
show("bytes huge", lambda: b"a" * 2**62)
show("list huge", lambda: [1] * 2**62)
show("list too long", lambda: [1, 2] * 2**62)
show("tuple huge", lambda: (1,) * 2**62)
show("negative count", lambda: ([1] * -5, "ab" * -1, (1,) * -2**63))


def inplace_list(n):
    x = [1, 2]
    x *= n
    return x


def inplace_str(n):
    s = "ab"
    s *= n
    return s


def inplace_tuple(n):
    t = (1,)
    t *= n
    return t


show("list *= big", lambda: inplace_list(B))
show("list *= huge", lambda: inplace_list(2**62))
show("list *= __index__", lambda: inplace_list(Idx(2)))
show("str *= big", lambda: inplace_str(B))
show("str *= __index__", lambda: inplace_str(Idx(3)))
show("tuple *= __index__", lambda: inplace_tuple(Idx(2)))
show("list.__imul__", lambda: [5, 6].__imul__(Idx(2)))

# slice.indices and slicing with big bounds
show("indices", lambda: slice(0, B, 1).indices(10))
show("indices reversed", lambda: slice(B, -B, -1).indices(10))
show("indices big step", lambda: slice(None, None, -B).indices(10))
show("indices big length", lambda: slice(0, 5).indices(B))
show("indices open stop", lambda: slice(-3, None).indices(B))
show("indices negative length", lambda: slice(0, 5).indices(-1))
show("indices str length", lambda: slice(0, 5).indices("a"))
show("indices zero step", lambda: slice(0, 5, 0).indices(3))
show("indices str bound", lambda: slice("a", 5).indices(3))
show("indices __index__", lambda: slice(Idx(1), Idx(B)).indices(Idx(4)))
show("tuple slice", lambda: (1, 2, 3)[0:B])
show("tuple slice wide", lambda: (1, 2, 3)[-B:B])
show("tuple big step", lambda: ((1, 2, 3)[::B], (1, 2, 3)[::-B]))
show("list slice", lambda: [1, 2, 3][B::-1])
show("str slice", lambda: "abc"[-B:B:2])
show("bytes slice", lambda: b"abc"[-B:B])


def delete():
    x = [1, 2, 3]
    del x[1:B]
    return x


def assign():
    x = [1, 2, 3]
    x[1:B] = [9]
    return x


show("del slice", delete)
show("assign slice", assign)

# subscripts beyond the index size
show("tuple[big]", lambda: (1, 2, 3)[B])
show("list[-big]", lambda: [1][-B])
show("str[big]", lambda: "abc"[B])
show("bytes[big]", lambda: b"abc"[B])


def setbig():
    x = [1, 2, 3]
    x[B] = 1


show("list[big] = ", setbig)
show("list.pop(big)", lambda: [1, 2, 3].pop(B))
show("empty list.pop(big)", lambda: [].pop(B))
show("list.insert(big)", lambda: [1, 2, 3].insert(B, 4))


def insert_both():
    x = [1, 2, 3]
    x.insert(2**63 - 1, 4)
    x.insert(-2**63, 0)
    return x


show("insert at the ends", insert_both)

# the messages name the type of the object given, not int
show("list[Idx]", lambda: [1][Idx(B)])
show("tuple[Idx]", lambda: (1,)[Idx(B)])
show("str[Idx]", lambda: "a"[Idx(B)])
show("bytes[Idx]", lambda: b"a"[Idx(B)])
show("bytearray[Idx]", lambda: bytearray(5)[Idx(-B)])
show("list * Idx", lambda: [1] * Idx(B))
show("Idx * tuple", lambda: Idx(-B) * (1,))
show("range[Idx]", lambda: range(3)[Idx(B)])
