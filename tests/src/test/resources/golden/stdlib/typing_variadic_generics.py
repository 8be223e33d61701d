# PEP 646 variadic generics: TypeVarTuple, Unpack and *Ts in annotations, subscripts and type parameter lists.
from typing import Generic, Tuple, TypeVar, TypeVarTuple, Unpack, get_args, get_origin

T = TypeVar("T")
Ts = TypeVarTuple("Ts")
print(Ts, *Ts, Unpack[Ts], list(Ts))
print(Unpack[Ts] == Unpack[Ts], get_origin(Unpack[Ts]) is Unpack, get_args(Unpack[Ts]))

def star_args(*args: *Ts) -> None:
    pass
print(star_args.__annotations__)

def star_tuple(*args: *tuple[int, ...]) -> None:
    pass
print(star_tuple.__annotations__)

def star_typing_tuple(*args: *Tuple[int, str]) -> None:
    pass
print(star_typing_tuple.__annotations__)

print(tuple[int, *Ts], Tuple[int, *Ts], Tuple[int, Unpack[Ts]])
print(*tuple[int, str], list(tuple[int]), (*tuple[int],)[0].__unpacked__)

class Array(Generic[*Ts]):
    pass

print(Array.__parameters__, Array[int, str], Array[()], Array[int])

class Shaped(Generic[T, *Ts]):
    pass

print(Shaped.__parameters__, Shaped[int], Shaped[int, str, float])
try:
    Shaped[()]
except TypeError as e:
    print("TypeError:", e)

alias = Tuple[T, *Ts]
print(alias.__parameters__, alias[int, str, bytes], alias[int])

class Pep695[T, *Shape, **P]:
    pass

print(Pep695.__type_params__, Pep695.__parameters__, Pep695.__orig_bases__)

def generic_function[*Shape](*args: *Shape) -> tuple[*Shape]:
    return args

print(generic_function.__type_params__, generic_function.__annotations__)

type Vector[*Items] = tuple[*Items]
print(Vector.__type_params__, Vector.__value__)

try:
    def not_a_tuple(*args: *T) -> None:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Generic[*Ts, *Ts]):
        pass
except TypeError as e:
    print("TypeError:", e)
