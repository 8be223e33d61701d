import os, os.path
import collections.abc as cabc
from sys import argv, path as syspath
def f():
    import json
    from re import compile as rc
    try:
        pass
    except Exception as err:
        return err
    with open("x") as fh, open("y") as (a, b):
        pass
    for k, v in {}.items():
        del k
    match v:
        case [first, *rest]:
            return first, rest
        case {"k": val, **others}:
            return val, others
        case Point(x=px) as pt:
            return px, pt
    x: int = 1
    y: str
    return json, rc
type Alias = list[int]
type Generic[T] = dict[str, T]
def generic[T: int, *Ts, **P](a: T) -> T:
    return a
class Box[T](Base):
    item: T
