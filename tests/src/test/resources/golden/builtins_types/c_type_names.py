# Error messages name an object's type as CPython's tp_name does: types written in C carry their module
# ("itertools.chain", "typing.TypeVar", "collections.deque"), classes written in Python only their name.
import collections
import datetime
import itertools
import operator
import typing

class Plain:
    pass

objects = [itertools.chain(), itertools.count(), operator.itemgetter(1), operator.attrgetter("x"), typing.TypeVar("T"),
           typing.ParamSpec("P"), typing.TypeVarTuple("Ts"), datetime.date(2020, 1, 1), datetime.timedelta(1),
           collections.deque(), Plain(), 3, "s"]
for obj in objects:
    for attempt in (lambda: obj[0], lambda: obj.__setitem__(0, 1), lambda: setattr(obj, "no_such_attribute", 1),
                    lambda: [*reversed(obj)], lambda: obj.__enter__()):
        try:
            attempt()
        except (TypeError, AttributeError, IndexError) as e:
            print(type(e).__name__ + ":", e)
