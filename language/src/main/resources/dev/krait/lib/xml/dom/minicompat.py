"""The list types minidom returns for childNodes and getElementsByTagName."""

__all__ = ['NodeList', 'EmptyNodeList', 'StringTypes']

StringTypes = (str,)


class NodeList(list):
    """A list of nodes with the DOM's `item()` and `length`."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)

    def __getstate__(self):
        return list(self)

    def __setstate__(self, state):
        if state is None:
            state = []
        self[:] = state


class EmptyNodeList(tuple):
    """The childNodes of a node that cannot have children."""
    __slots__ = ()

    def __add__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def __radd__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def item(self, index):
        return None

    @property
    def length(self):
        return 0
