# typing: special forms and their reprs, generic aliases, TypeVar/Generic, Protocol, TypedDict, NamedTuple, get_type_hints.
from typing import *
import typing
T = TypeVar('T')
print(Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]], Union[int], Union[int, int])
print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Callable)
print(Literal[1, 'a'], Final[int], ClassVar[List[int]], Annotated[int, "meta", 3], Any, NoReturn, Never, Self)
print(T, TypeVar('U', bound=int), TypeVar('V', int, str), TypeVar('C', covariant=True), TypeVar('D', contravariant=True))
print(List[T], Dict[str, T][int], Type[int], Iterable[int], Mapping[str, int], Sequence, Set[int], FrozenSet, DefaultDict[str,int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(Annotated[int, 1]), get_args(Annotated[int, 1]), get_origin(int | None), get_args(int|str), get_origin(Literal[1]), get_origin(Generic), get_origin(int))
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box.__parameters__, Box[int](3).v, Box[int](3).__orig_class__, Box.__orig_bases__, Box.__mro__)
print(type(Movie := TypedDict('Movie', {'name': str, 'year': int})), Movie(name='x', year=1), type(Movie(name='x', year=1)))
print(sorted(Movie.__required_keys__), Movie.__total__, Movie.__annotations__)
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, repr(UserId))
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], List[int] == List[int], hash(List[int]) == hash(List[int]))
print(repr(Union), repr(Optional), repr(Generic), repr(Protocol), Generic[T])
print(int | List[int], List[int] | None, Optional[List[int]])
try:
    isinstance(1, List[int])
except TypeError as e: print(e)
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence), isinstance(1, Union[int, str]))
try: isinstance(1, Any)
except TypeError as e: print(e)
try: Union[int]()
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: Generic()
except TypeError as e: print(e)
try: Union()
except TypeError as e: print(e)
print(Tuple, Tuple[int, str], Type, Text, AnyStr, Hashable, Sized)
print(typing.Iterator[int], typing.Generator[int, None, None], typing.Counter[str], typing.Deque[int], typing.ChainMap, typing.OrderedDict[str, int])
import typing
class P(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer))
try: isinstance(F(), P)
except TypeError as e: print(e)
try: P()
except TypeError as e: print(e)
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
print(Pt(1), Pt(1, 2).norm(), Pt._fields, Pt._field_defaults, Pt.__annotations__, type(Pt).__name__, Pt.__mro__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__)
try: Pt()
except TypeError as e: print(e)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e: print(e)
class Movie(TypedDict, total=False):
    name: str
    year: int
class M2(Movie):
    rating: float
print(Movie(name='a'), Movie.__total__, sorted(M2.__required_keys__), sorted(M2.__optional_keys__), M2.__annotations__, M2.__mro__)
try: isinstance({}, Movie)
except TypeError as e: print(e)
class Node:
    next: 'Optional[Node]'
    val: int
    def m(self, a: 'int', b: List['Node'] = None) -> 'Node': pass
print(get_type_hints(Node), get_type_hints(Node.m), Node.__annotations__)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
@no_type_check
def g(a: 'whatever'): pass
print(g.__no_type_check__, cast(int, 'x'), cast('int', 3), TYPE_CHECKING)
class A(Annotated[int, 'x'] if False else object): pass
print(get_type_hints(Annotated[int, 'x'] if False else Node.m, include_extras=True))
def h(x: Annotated[int, 'meta']) -> None: pass
print(get_type_hints(h), get_type_hints(h, include_extras=True))
print(repr(Closer), Closer.__protocol_attrs__ if hasattr(Closer, '__protocol_attrs__') else '', P.__mro__)
class Gen2(Generic[T := TypeVar('T'), TypeVar('S')] if False else Generic[TypeVar('K'), TypeVar('V')]): pass
print(Gen2.__parameters__, Gen2[int, str])
try: Gen2[int]
except TypeError as e: print(e)
class Child(Gen2[int, str]): pass
print(Child.__orig_bases__, Child.__parameters__)
class Cls:
    @classmethod
    def make(cls) -> Self: return cls()
print(Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2], get_args(Literal[1, 2]))
try: Literal[1]()
except TypeError as e: print(e)
try: Final[int, str]
except TypeError as e: print(e)
try: ClassVar[1]
except TypeError as e: print(e)
try: Union[1]
except TypeError as e: print(e)
try: Any()
except TypeError as e: print(e)
class Sub(Any): pass
print(Sub.__mro__)
print(len(typing.get_overloads(f)), [o.__name__ for o in typing.get_overloads(f)])
try: f.__wrapped__
except AttributeError: print("no wrapped")
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int], get_args(Callable[P, int]))
class Req(TypedDict):
    a: Required[int]
    b: NotRequired[str]
print(sorted(Req.__required_keys__), sorted(Req.__optional_keys__), get_type_hints(Req), get_type_hints(Req, include_extras=True))
try:
    class Mixed(TypedDict, int): pass
except TypeError as e: print(e)
print(is_typeddict(Req), is_typeddict(dict))
p = Pt(3, 4)
print(p._replace(y=9), p._asdict(), Pt._make([5, 6]), p == (3, 4))
try:
    class Bad2(NamedTuple):
        _fields: int
except ValueError as e: print(e)
try:
    class Bad3(NamedTuple):
        x: int
        def _asdict(self): pass
except AttributeError as e: print(e)
try: TypeVar('X', covariant=True, contravariant=True)
except ValueError as e: print(e)
try: TypeVar('X', int)
except TypeError as e: print(e)
try: TypeVar('X', int, str, bound=int)
except TypeError as e: print(e)
try:
    class Sub2(UserId): pass
except TypeError as e: print(e)
try: assert_never(5)
except AssertionError as e: print(e)
try:
    class Wrong(Generic[int]): pass
except TypeError as e: print(e)
try:
    class Twice(Generic[T, T]): pass
except TypeError as e: print(e)
S = TypeVar('S')
try:
    class Missing(Generic[T], List[S]): pass
except TypeError as e: print(e)
try:
    class Plain(Generic): pass
except TypeError as e: print(e)
class Pair(Generic[T, S]):
    pass
class IntPair(Pair[int, S]):
    pass
print(IntPair.__parameters__, IntPair[str], Pair[T, int][str], IntPair.__orig_bases__, IntPair.__mro__)
class MyList(List[int]): pass
print(MyList.__mro__, MyList.__orig_bases__, MyList([1]))
@runtime_checkable
class HasName(Protocol):
    name: str
class Named:
    def __init__(self): self.name = "n"
print(isinstance(Named(), HasName), isinstance(3, HasName))
try: issubclass(Named, HasName)
except TypeError as e: print(e)
class Impl(Closer):
    def __init__(self, x): self.x = x
print(Impl(5).x, isinstance(Impl(1), Closer))
print(isinstance(3, SupportsInt), isinstance("s", SupportsInt), isinstance(2.5, SupportsFloat), isinstance(3, SupportsIndex), isinstance(-1, SupportsAbs))
try:
    class BadProto(Protocol, int): pass
except TypeError as e: print(e)
try: runtime_checkable(int)
except TypeError as e: print(e)
print(Union[int, str] | None, Optional[int] | str, None | List[int], int | Optional[str])
print(get_type_hints(Pt), get_type_hints(Movie))
def fwd(a: "List[int]", b: "int | None", c: "Tuple[()]", d: "Callable[[int], str]", e: "Literal['x', 1]") -> "typing.Dict[str, Node]": pass
print(get_type_hints(fwd))
print(List['Node'], Optional['Node'], ForwardRef('X') == ForwardRef('X'))
print(Dict[str, T].__parameters__, Dict[str, T][int].__parameters__, List[T].__origin__, List.__origin__)
print(typing.Callable[[], None], Callable[[int], None].__args__, Tuple[int, ...].__args__, Tuple[()].__args__)
print(Callable[int, str])
try: Callable[[int]]
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
print(Deque[int]([1, 2]), DefaultDict(int), typing.Counter("aab"))
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1] == Annotated[int, 1], Annotated[List[int], 'x'].__metadata__)
try: Annotated[int]
except TypeError as e: print(e)
try: Literal[1] | 3
except TypeError as e: print(type(e).__name__)
print(Literal[1] | Literal[2], Literal[Literal[1, 2], 3])
print(final(Cls) is Cls, getattr(Cls, '__final__', None), override(Cls.make) is Cls.make)
print(reveal_type.__name__, assert_type(5, int), cast(List[int], [1]))
from dataclasses import dataclass, field, fields


@dataclass
class WithClassVars:
    a: int
    b: List[int] = field(default_factory=list)
    c: ClassVar[int] = 5
    d: typing.ClassVar = 1
    e: Optional[str] = None


print([f.name for f in fields(WithClassVars)], WithClassVars(1), get_type_hints(WithClassVars))
