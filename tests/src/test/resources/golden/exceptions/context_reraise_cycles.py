# Raising an exception that is already in the handled exception's context chain: CPython cuts the chain there and
# sets the raised exception's context, so no loop forms.
def t1():
    try:
        try:
            raise NameError("first")
        except Exception as e:
            try:
                raise OSError("second")
            except Exception:
                raise e
    except Exception as exc:
        e = exc
    print(e.args, repr(e.__context__), e.__context__.__context__)
def t2():
    try:
        try:
            raise TypeError
        except Exception as outer:
            try:
                try:
                    raise OverflowError
                except Exception:
                    raise NameError
            except Exception:
                raise outer
    except Exception as e:
        exc = e
    print(type(exc), type(exc.__context__), type(exc.__context__.__context__), exc.__context__.__context__.__context__)
t1(); t2()
