# list[int] is a types.GenericAlias and int | None a types.UnionType, with CPython's reprs and checks.
print(type(list[int]).__module__, type(int|None).__module__, repr(list[int].__parameters__), list[int](), hash(list[int])==hash(list[int]), (int|str) == (str|int), int | str | None, (int|None).__args__, isinstance(3, int|str), issubclass(bool, int|None), list[int] | None, dict[str, int].__origin__)
try:
    isinstance([], list[int])
except TypeError as e: print(e)
print(repr(tuple[int, ...]), repr(list[list[int]]), repr(type[int]), repr(list['X']), type(list[int]).__name__, type(int | str).__name__)
try:
    int | 3
except TypeError as e: print(e)
