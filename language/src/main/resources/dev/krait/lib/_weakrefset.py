"""WeakSet: a set whose elements are weakly referenced (Krait's implementation)."""

__all__ = ["WeakSet"]


class WeakSet:
    """A set of objects that does not keep them alive: an element disappears when it is released."""

    def __init__(self, data=None):
        self.data = set()
        this = ref(self)

        def _remove(item, this=this):
            owner = this()
            if owner is not None:
                owner.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for item_ref in list(self.data):
            item = item_ref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for item_ref in self.data if item_ref() is not None)

    def __contains__(self, item):
        try:
            item_ref = ref(item)
        except TypeError:
            return False
        return item_ref in self.data

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} object at {hex(id(self))}>"

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        while True:
            try:
                item_ref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = item_ref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        for element in list(other):
            self.discard(element)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        keep = set(ref(item) for item in other)
        self.data.intersection_update(keep)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def __lt__(self, other):
        return self.issubset(other) and len(self) < len(other)

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.issuperset(other) and len(self) > len(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == other.data

    __hash__ = None

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        for item in list(other):
            if item in self:
                self.discard(item)
            else:
                self.add(item)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


# imported last: _weakref is completed by weakref, which imports this module's WeakSet
from _weakref import ref  # noqa: E402
