"""Heap queue algorithms: a list kept as a binary min-heap (Krait's implementation, CPython's orderings)."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def heappush(heap, item):
    """Pushes item, keeping the heap invariant."""
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pops the smallest item."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (the heap must not be empty)."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes item, then pops the smallest, faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    """Turns the list x into a heap, in place, in linear time."""
    n = len(x)
    for i in reversed(range(n // 2)):
        _sift_up(x, i)


def _sift_down(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted iterables into one sorted iterator (stable: equal items keep the iterables' order)."""
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append((value, order, it))
            break
    if key is None:
        key = _identity
    sign = -1 if reverse else 1

    def rank(entry):
        return entry[1] * sign

    while entries:
        best = None
        for entry in entries:
            if best is None:
                best = entry
                continue
            a, b = key(entry[0]), key(best[0])
            if (b < a if reverse else a < b) or (not (a < b or b < a) and entry[1] < best[1]):
                best = entry
        yield best[0]
        index = entries.index(best)
        for value in best[2]:
            entries[index] = (value, best[1], best[2])
            break
        else:
            del entries[index]


def _identity(x):
    return x


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (sorted(iterable, key=key)[:n], stable)."""
    return _n_extreme(n, iterable, key, min, False)


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (sorted(iterable, key=key, reverse=True)[:n], stable)."""
    return _n_extreme(n, iterable, key, max, True)


def _n_extreme(n, iterable, key, pick, reverse):
    # the checks in CPython's order, so a bad n fails the same way: n == 1, then n against len(), then -n
    if n == 1:
        sentinel = object()
        result = pick(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=reverse)[:n]
    if not range(0, -n, -1) and n <= 0:
        return []
    return sorted(iterable, key=key, reverse=reverse)[:n]
