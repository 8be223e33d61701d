# What an except clause may name: classes deriving from BaseException, or a flat tuple of them. CPython checks the
# whole tuple before matching, so a bad entry after the matching one is still an error.
def attempt(label, catch):
    try:
        try:
            1 / 0
        except catch:
            print(label, "caught")
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("class", ZeroDivisionError)
attempt("base class", ArithmeticError)
attempt("tuple", (KeyError, ZeroDivisionError))
attempt("bad after match", (ZeroDivisionError, 1))
attempt("bad before match", ("x", ZeroDivisionError))
attempt("nested tuple", ((ZeroDivisionError,),))
attempt("not a class", ZeroDivisionError())
attempt("non-exception class", int)
try:
    attempt("empty tuple", ())
except ZeroDivisionError:
    print("empty tuple: matches nothing")

# the clause's expression is evaluated only when an exception reaches it
try:
    pass
except undefined_name:
    pass
print("no exception: clause not evaluated")

try:
    try:
        raise KeyError("k")
    except undefined_name:
        pass
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))
