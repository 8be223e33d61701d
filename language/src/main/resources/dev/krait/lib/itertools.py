"""Iterator building blocks (Krait's implementation, in Python)."""

__all__ = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement", "compress", "count",
           "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product",
           "repeat", "starmap", "takewhile", "tee", "zip_longest"]


from _generic_types import GenericAlias as _GenericAlias


class _Iterator:
    """An itertools object: iterates the generator its constructor made."""

    __slots__ = ("_it",)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _check_index(value, what):
    """An integer argument: an int, or what the object's __index__ gives (CPython's PyNumber_Index)."""
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    result = index(value)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return result


_SSIZE_MAX = (1 << 63) - 1


def _ssize(value):
    """An argument CPython reads as a C Py_ssize_t."""
    value = _check_index(value, "")
    if not -_SSIZE_MAX - 1 <= value <= _SSIZE_MAX:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return int(value)


def _check_allocatable(count):
    """CPython allocates count index slots up front: MemoryError when no array could hold them."""
    if count > 0x7FFFFFF7:
        raise MemoryError


class count(_Iterator):
    """count(start=0, step=1): start, start + step, start + 2 * step, …"""

    __slots__ = ("_next", "_step")

    def __init__(self, *args, **kwargs):
        # CPython parses count's arguments itself, with its own messages
        given = len(args) + len(kwargs)
        if given > 2:
            raise TypeError(f"count() takes at most 2 arguments ({given} given)")
        values = dict(zip(("start", "step"), args))
        for name, value in kwargs.items():
            if name not in ("start", "step"):
                raise TypeError(f"'{name}' is an invalid keyword argument for count()")
            if name in values:
                position = 1 if name == "start" else 2
                raise TypeError(f"argument for count() given by name ('{name}') and position ({position})")
            values[name] = value
        start = values.get("start", 0)
        step = values.get("step", 1)
        for value in (start, step):
            # CPython's PyNumber_Check: an int, float or complex, or anything with __index__, __int__ or __float__
            cls = type(value)
            if not isinstance(value, complex) and not any(hasattr(cls, m) for m in ("__index__", "__int__", "__float__")):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._next!r})"
        return f"count({self._next!r}, {self._step!r})"


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _arguments(name, args, count):
    """The positional arguments of a constructor taking exactly count of them (CPython's message otherwise)."""
    if len(args) != count:
        raise TypeError(f"{name} expected {count} argument{'s' if count != 1 else ''}, got {len(args)}")
    return args


class cycle(_Iterator):
    """cycle(iterable): its elements, over and over."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('cycle', kwargs)
        iterable, = _arguments('cycle', args, 1)
        it = iter(iterable)

        def generate():
            saved = []
            for element in it:
                yield element
                saved.append(element)
            while saved:
                yield from saved
        self._it = generate()


class repeat(_Iterator):
    """repeat(object[, times]): the object, times times or forever."""

    __slots__ = ("_object", "_times")

    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(0, _check_index(times, "times"))

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


class accumulate(_Iterator):
    """accumulate(iterable, func=operator.add, *, initial=None): running totals (or running func results)."""

    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        it = iter(iterable)

        def generate():
            total = initial
            if initial is None:
                try:
                    total = next(it)
                except StopIteration:
                    return
            yield total
            for element in it:
                total = total + element if func is None else func(total, element)
                yield total
        self._it = generate()


class batched(_Iterator):
    """batched(iterable, n): tuples of n elements (the last may be shorter)."""

    __slots__ = ()

    def __init__(self, iterable, n):
        if n < 1:
            raise ValueError("n must be at least one")

        it = iter(iterable)

        def generate():
            while True:
                batch = tuple(islice(it, n))
                if not batch:
                    return
                yield batch
        self._it = generate()


class chain(_Iterator):
    """chain(*iterables): the elements of each iterable in turn."""

    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        _no_keywords('chain', kwargs)
        def generate():
            for iterable in iterables:
                yield from iterable
        self._it = generate()

    @classmethod
    def from_iterable(cls, iterables):
        result = cls()

        def generate():
            for iterable in iterables:
                yield from iterable
        result._it = generate()
        return result


class compress(_Iterator):
    """compress(data, selectors): the data elements whose selector is true."""

    __slots__ = ()

    def __init__(self, data, selectors):
        self._it = (d for d, s in zip(data, selectors) if s)


class dropwhile(_Iterator):
    """dropwhile(predicate, iterable): the elements from the first one for which predicate is false."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('dropwhile', kwargs)
        predicate, iterable = _arguments('dropwhile', args, 2)
        it = iter(iterable)

        def generate():
            for element in it:
                if not predicate(element):
                    yield element
                    break
            yield from it
        self._it = generate()


class takewhile(_Iterator):
    """takewhile(predicate, iterable): the elements up to the first one for which predicate is false."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('takewhile', kwargs)
        predicate, iterable = _arguments('takewhile', args, 2)
        it = iter(iterable)

        def generate():
            for element in it:
                if not predicate(element):
                    return
                yield element
        self._it = generate()


class filterfalse(_Iterator):
    """filterfalse(predicate, iterable): the elements for which predicate is false."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('filterfalse', kwargs)
        predicate, iterable = _arguments('filterfalse', args, 2)
        if predicate is None:
            self._it = (x for x in iterable if not x)
        else:
            self._it = (x for x in iterable if not predicate(x))


class groupby(_Iterator):
    """groupby(iterable, key=None): (key, group) for each run of consecutive elements with the same key."""

    __slots__ = ("_source", "_keyfunc", "_target", "_key", "_value", "_generation")

    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._keyfunc = (lambda x: x) if key is None else key
        self._target = self._key = self._value = _MISSING
        self._generation = object()

    def __next__(self):
        # a new group: the previous group's iterator stops, and the rest of its run is skipped
        self._generation = object()
        while self._key is _MISSING or (self._target is not _MISSING and self._key == self._target):
            self._advance()
        self._target = self._key
        return self._key, self._group(self._target, self._generation)

    def _advance(self):
        self._value = next(self._source)
        self._key = self._keyfunc(self._value)

    def _group(self, target, generation):
        while self._generation is generation and self._key == target:
            yield self._value
            try:
                self._advance()
            except StopIteration:
                return


_MISSING = object()


class islice(_Iterator):
    """islice(iterable, stop) / islice(iterable, start, stop[, step]): selected elements, as seq[start:stop:step]."""

    __slots__ = ()

    def __init__(self, iterable, *args, **kwargs):
        _no_keywords('islice', kwargs)
        if not 1 <= len(args) <= 3:
            raise TypeError(f"islice expected at {'least 2' if not args else 'most 4'} arguments, got {len(args) + 1}")
        bounds = slice(*args)

        def as_size(value):
            # CPython's PyNumber_AsSsize_t with its error cleared: -1 when the value is no index or does not fit
            try:
                value = _check_index(value, "")
            except TypeError:
                return -1
            return value if -_SSIZE_MAX - 1 <= value <= _SSIZE_MAX else -1

        start = 0 if bounds.start is None else as_size(bounds.start)
        stop = -1
        if bounds.stop is not None:
            stop = as_size(bounds.stop)
            if stop == -1:
                raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if start < 0 or stop < -1:
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        step = 1 if bounds.step is None else as_size(bounds.step)
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        stop = None if stop == -1 else stop

        it = iter(iterable)

        def generate():
            # CPython's islice_next: skip to the next index, stop once the count reaches stop, and cap the next
            # index at stop (so the items up to stop are read even when no more is produced)
            count = 0
            next_index = start
            while True:
                while count < next_index:
                    try:
                        next(it)
                    except StopIteration:
                        return
                    count += 1
                if stop is not None and count >= stop:
                    return
                try:
                    element = next(it)
                except StopIteration:
                    return
                count += 1
                next_index += step
                if stop is not None and next_index > stop:
                    next_index = stop
                yield element
        self._it = generate()


class pairwise(_Iterator):
    """pairwise(iterable): (a, b), (b, c), (c, d), …"""

    __slots__ = ("_old",)

    def __init__(self, *args, **kwargs):
        _no_keywords('pairwise', kwargs)
        iterable, = _arguments('pairwise', args, 1)
        self._it = iter(iterable)
        self._old = _MISSING

    def __next__(self):
        # step by step as CPython's pairwise_next, so that an iterator calling back into this one sees its state
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _MISSING:
            try:
                old = next(it)
            except StopIteration:
                self._it = None
                raise
            self._old = old
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MISSING
            raise
        self._old = new
        return old, new


class starmap(_Iterator):
    """starmap(function, iterable): function(*args) for each args tuple."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('starmap', kwargs)
        function, iterable = _arguments('starmap', args, 2)
        # each item becomes a tuple first, as CPython's PySequence_Tuple makes it (its TypeError for a non-iterable)
        self._it = (function(*(args if type(args) is tuple else tuple(args))) for args in iterable)


def tee(iterable, n=2, /):
    """n independent iterators over one iterable."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    # an iterator that can copy itself (its __copy__ looked up as any attribute) is used as it is
    try:
        copy = it.__copy__
    except AttributeError:
        it = _Tee(it)
        copy = it.__copy__
    return (it,) + tuple(copy() for _ in range(n - 1))


class _Tee(_Iterator):
    """One of tee()'s iterators. The values read from the shared iterator form a linked list of [value, next]
    cells; each tee object walks it from its own cell, so copies share what was read once."""

    __slots__ = ("_cell",)

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _Tee):
            self._it, self._cell = it._it, it._cell
        else:
            self._it, self._cell = it, [None, None]

    def __next__(self):
        following = self._cell[1]
        if following is None:
            following = [next(self._it), None]
            self._cell[1] = following
        self._cell = following
        return following[0]

    def __copy__(self):
        twin = _Tee.__new__(_Tee)
        twin._it, twin._cell = self._it, self._cell
        return twin


_Tee.__name__ = "_tee"


class zip_longest(_Iterator):
    """zip_longest(*iterables, fillvalue=None): like zip, padding the shorter ones with fillvalue."""

    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        iterators = [iter(it) for it in iterables]

        def generate():
            active = len(iterators)
            if not active:
                return
            while True:
                values = []
                for i, it in enumerate(iterators):
                    try:
                        value = next(it)
                    except StopIteration:
                        active -= 1
                        if not active:
                            return
                        iterators[i] = repeat(fillvalue)
                        value = fillvalue
                    values.append(value)
                yield tuple(values)
        self._it = generate()


class product(_Iterator):
    """product(*iterables, repeat=1): the cartesian product, as nested for-loops."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _ssize(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        # the pools' count is settled before any iterable is read
        if repeat and len(iterables) > (_SSIZE_MAX // 8) // repeat:
            raise OverflowError("repeat argument too large")
        pools = [tuple(pool) for pool in iterables] * repeat

        def generate():
            for pool in pools:
                if not pool:
                    return
            count = len(pools)
            indices = [0] * count
            yield tuple([pool[0] for pool in pools])
            while True:
                # advance the odometer: the rightmost position that has not run out
                i = count - 1
                while i >= 0:
                    indices[i] += 1
                    if indices[i] < len(pools[i]):
                        break
                    indices[i] = 0
                    i -= 1
                else:
                    return
                yield tuple([pools[j][indices[j]] for j in range(count)])
        self._it = generate()


class permutations(_Iterator):
    """permutations(iterable, r=None): r-length orderings, in lexicographic order of positions."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is not None and not isinstance(r, int):
            raise TypeError("Expected int as r")
        r = n if r is None else _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        _check_allocatable(r)

        def generate():
            if r > n or r < 0:
                return
            indices = list(range(n))
            cycles = list(range(n, n - r, -1))
            yield tuple(pool[i] for i in indices[:r])
            while n:
                for i in reversed(range(r)):
                    cycles[i] -= 1
                    if cycles[i] == 0:
                        indices[i:] = indices[i + 1:] + indices[i:i + 1]
                        cycles[i] = n - i
                    else:
                        j = cycles[i]
                        indices[i], indices[-j] = indices[-j], indices[i]
                        yield tuple(pool[i] for i in indices[:r])
                        break
                else:
                    return
        self._it = generate()


class combinations(_Iterator):
    """combinations(iterable, r): r-length subsequences, in order."""

    __slots__ = ()

    def __init__(self, iterable, r):
        r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        pool = tuple(iterable)
        n = len(pool)
        _check_allocatable(r)

        def generate():
            if r > n:
                return
            indices = list(range(r))
            yield tuple(pool[i] for i in indices)
            while True:
                for i in reversed(range(r)):
                    if indices[i] != i + n - r:
                        break
                else:
                    return
                indices[i] += 1
                for j in range(i + 1, r):
                    indices[j] = indices[j - 1] + 1
                yield tuple(pool[i] for i in indices)
        self._it = generate()


class combinations_with_replacement(_Iterator):
    """combinations_with_replacement(iterable, r): r-length subsequences allowing repeated elements."""

    __slots__ = ()

    def __init__(self, iterable, r):
        r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        pool = tuple(iterable)
        n = len(pool)
        _check_allocatable(r)

        def generate():
            if not n and r:
                return
            indices = [0] * r
            yield tuple(pool[i] for i in indices)
            while True:
                for i in reversed(range(r)):
                    if indices[i] != n - 1:
                        break
                else:
                    return
                indices[i:] = [indices[i] + 1] * (r - i)
                yield tuple(pool[i] for i in indices)
        self._it = generate()
