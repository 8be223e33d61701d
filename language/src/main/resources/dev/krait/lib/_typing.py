"""The typing primitives under the name CPython's C module has (Krait defines them in typing.py)."""

from typing import Generic, ParamSpec, ParamSpecArgs, ParamSpecKwargs, TypeAliasType, TypeVar, TypeVarTuple


def _idfunc(x, /):
    return x
