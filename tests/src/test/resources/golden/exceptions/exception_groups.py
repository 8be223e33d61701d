# BaseExceptionGroup and ExceptionGroup: construction, attributes, derive, split and subgroup.
def attempt(label, function):
    try:
        print(label, repr(function()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


eg = ExceptionGroup("several", [ValueError(1), TypeError("two")])
print(repr(eg))
print(str(eg), "|", eg.message, "|", eg.exceptions, "|", eg.args)
print(str(ExceptionGroup("one", (KeyError("k"),))))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))

# the constructor's checks
attempt("message not str:", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence:", lambda: ExceptionGroup("m", ValueError()))
attempt("a set:", lambda: ExceptionGroup("m", {ValueError()}))
attempt("empty:", lambda: ExceptionGroup("m", []))
attempt("not exceptions:", lambda: ExceptionGroup("m", [ValueError(), 2]))
attempt("a str:", lambda: ExceptionGroup("m", "abc"))
attempt("one argument:", lambda: ExceptionGroup("m"))
attempt("three arguments:", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("keywords:", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("base exception inside:", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BaseExceptionGroup:", lambda: BaseExceptionGroup("m", [KeyboardInterrupt(), ValueError()]))
attempt("becomes ExceptionGroup:", lambda: type(BaseExceptionGroup("m", [ValueError()])))
attempt("tuple of exceptions:", lambda: ExceptionGroup("m", (ValueError(), )).args)

# message and exceptions are read-only
for name in ["message", "exceptions"]:
    try:
        setattr(eg, name, None)
    except AttributeError as e:
        print("set", name, "->", e)


# subclasses
class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


attempt("subclass with a BaseException:", lambda: MyGroup("m", [SystemExit()]))
attempt("base subclass stays:", lambda: type(MyBaseGroup("m", [ValueError()])))
attempt("derive makes a plain group:", lambda: MyGroup("m", [ValueError()]).derive([TypeError()]))
attempt("derive with no argument:", lambda: eg.derive())
print(ExceptionGroup[int])

# split and subgroup
tree = ExceptionGroup("outer", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
attempt("subgroup(ValueError):", lambda: tree.subgroup(ValueError))
attempt("subgroup(predicate):", lambda: tree.subgroup(lambda e: isinstance(e, KeyError)))
attempt("subgroup(OSError):", lambda: tree.subgroup(OSError))
attempt("whole group by predicate:", lambda: tree.subgroup(lambda e: True) is tree)
attempt("whole group by type:", lambda: tree.subgroup(ExceptionGroup) is tree)
attempt("split((ValueError, KeyError)):", lambda: tree.split((ValueError, KeyError)))
attempt("split(OSError):", lambda: tree.split(OSError))
attempt("split(int):", lambda: tree.split(int))
attempt("split(1):", lambda: tree.split(1))
attempt("split((ValueError, 1)):", lambda: tree.split((ValueError, 1)))
attempt("subgroup():", lambda: tree.subgroup())
attempt("unchanged parts are kept:", lambda: tree.split(TypeError)[1].exceptions[1] is tree.exceptions[2])

# split copies the traceback, cause, context and notes onto the parts
try:
    raise tree from KeyError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    match, rest = caught.split(ValueError)
    print("parts:", repr(match), repr(rest))
    print("cause:", repr(match.__cause__), repr(rest.__cause__))
    print("notes:", match.__notes__, rest.__notes__, match.__notes__ is caught.__notes__)
    print("traceback kept:", match.__traceback__ is caught.__traceback__)


# a subclass that keeps extra state overrides derive
class Tagged(ExceptionGroup):
    def __new__(cls, message, exceptions, tag):
        self = super().__new__(cls, message, exceptions)
        self.tag = tag
        return self

    def derive(self, exceptions):
        return Tagged(self.message, exceptions, self.tag)


tagged = Tagged("t", [ValueError(1), TypeError(2)], "blue")
match, rest = tagged.split(ValueError)
print(type(match).__name__, match.tag, repr(match), type(rest).__name__, rest.tag)


class BadDerive(ExceptionGroup):
    def derive(self, exceptions):
        return "not a group"


attempt("bad derive:", lambda: BadDerive("b", [ValueError(), TypeError()]).split(ValueError))
