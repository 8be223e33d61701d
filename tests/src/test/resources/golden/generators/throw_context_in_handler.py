def f():
    try:
        raise KeyError('a')
    except Exception:
        yield 1
g = f(); next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print(repr(e.__context__))
def h():
    try:
        yield 1
    except Exception as e:
        print("ctx", repr(e.__context__))
        yield 2
k = h(); next(k)
try:
    raise OSError("outer")
except OSError:
    print(k.throw(ValueError("w")))
def m():
    global err
    try:
        raise KeyError("x")
    except KeyError as e:
        err = e
        yield
g3 = m(); next(g3)
try:
    g3.throw(err)
except KeyError as e2:
    print(e2 is err, e2.__context__)
def k():
    try:
        raise KeyError('a')
    except Exception:
        try:
            yield
        except Exception as exc:
            print(type(exc.__context__), exc.__context__.args if exc.__context__ else None)
            yield 'done'
gk = k(); gk.send(None); print(gk.throw(ValueError))
