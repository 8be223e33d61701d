# except*: matching parts of exception groups, re-raising what is left, raising inside the clauses.
import sys


def run(label, function):
    try:
        function()
        print(label, "-> nothing raised")
    except BaseException as e:
        print(label, "->", repr(e))


def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  ValueError part:", repr(e), "exc_info:", repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("  TypeError part:", repr(e))


run("basic", basic)


def unhandled_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("  handled the ValueError")


run("rest", unhandled_rest)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  naked exception wrapped:", repr(e), repr(e.exceptions[0]))


run("naked", naked)


def naked_unmatched():
    try:
        raise TypeError("t")
    except* ValueError:
        print("  no")


run("naked unmatched", naked_unmatched)


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


try:
    raise_new()
except ExceptionGroup as e:
    print("raise new ->", repr(e), "context of the new one:", repr(e.exceptions[0].__context__))


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


run("bare raise", bare_reraise)


def raise_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


run("raise e", raise_match)


def two_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* TypeError:
        raise KeyError("k")
    except* ValueError:
        raise IndexError("i")


run("two clauses raise", two_raise)


def naked_raise():
    try:
        raise ValueError("x")
    except* ValueError:
        raise KeyError("y")


try:
    naked_raise()
except KeyError as e:
    print("naked raise ->", repr(e), repr(e.__context__))


def naked_reraise():
    try:
        raise ValueError("x")
    except* ValueError:
        raise


run("naked bare raise", naked_reraise)


def everything():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* Exception as e:
        print("  except* Exception takes the whole group:", repr(e))


run("except* Exception", everything)


def tuple_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), TypeError(3)])
    except* (ValueError, KeyError) as e:
        print("  tuple:", repr(e))


run("tuple", tuple_clause)


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("  values:", repr(e))
    except* TypeError as e:
        print("  types:", repr(e))


run("nested", nested_groups)


def else_and_finally():
    for raising in [False, True]:
        try:
            if raising:
                raise ExceptionGroup("eg", [ValueError(1)])
            print("  body ran")
        except* ValueError:
            print("  handler ran")
        else:
            print("  else ran")
        finally:
            print("  finally ran")


run("else/finally", else_and_finally)


def bad_types():
    for bad in [ExceptionGroup, (ValueError, BaseExceptionGroup), int, "x"]:
        try:
            try:
                raise ValueError()
            except* bad:
                pass
        except TypeError as e:
            print("  TypeError:", e)


run("bad types", bad_types)


def type_checked_after_everything_matched():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("  handled")
    except* 42:
        print("  no")


run("later clause still checked", type_checked_after_everything_matched)


def handler_error():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        1 / 0


try:
    handler_error()
except ZeroDivisionError as e:
    print("error in handler ->", repr(e), repr(e.__context__))


def handler_error_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        1 / 0


try:
    handler_error_and_rest()
except ExceptionGroup as e:
    print("error in handler with a rest ->", repr(e), repr(e.exceptions[0].__context__))


def name_cleared():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        print("  ", e)


run("name deleted", name_cleared)


def nothing_raised():
    try:
        print("  quiet body")
    except* ValueError:
        print("  no")


run("no exception", nothing_raised)

# the rules checked when compiling
for name in ["break", "return", "continue"]:
    try:
        __import__("_except_star_" + name)
    except SyntaxError as e:
        print(f"{name}: {e.msg} (line {e.lineno}, columns {e.offset}-{e.end_offset})")


# in a generator, the body and the else part may yield
def gen():
    try:
        yield 1
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  caught in generator", repr(e))
    try:
        yield 2
    except* KeyError:
        pass
    else:
        yield "else"


def drain():
    print("  yielded", list(gen()))


run("generator", drain)


def gen2():
    try:
        yield 1
    except* KeyError:
        pass
    else:
        yield "else"


print("generator without exception:", list(gen2()))


# a clause of a generator may yield; the name it binds stays bound meanwhile
def clause_yields():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        got = yield f"in the ValueError clause with {e!r}"
        print("  sent", got, "and e is still", repr(e))
        e = "rebound"
        yield e
    except* TypeError:
        yield "in the TypeError clause"
        raise IndexError("from the TypeError clause")
    print("  not reached")


g = clause_yields()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except ExceptionGroup as e:
    print("raised", repr(e), repr(e.exceptions[0].__context__))


def close_in_clause():
    try:
        raise ValueError("v")
    except* ValueError:
        try:
            yield 1
        finally:
            print("  clause cleaned up")
    yield 2


g = close_in_clause()
print(next(g))
g.close()
print("closed")
