# Tracebacks of re-raised exceptions (bare raise after the same object was raised again, finally blocks),
# generator.throw() into an unstarted generator and with a traceback argument, traceback objects' attributes.
import sys, traceback
def show(f):
    try: f()
    except BaseException as e:
        print([(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
def reraise():
    try:
        raise RuntimeError("test")
    except Exception as e:
        try:
            raise e
        except Exception:
            pass
        raise
show(reraise)
def test():
    try:
        try:
            raise OSError("test")
        except OSError:
            raise sys.exc_info()[1]  # except
    finally:
        raise sys.exc_info()[1]  # finally
show(test)
def named():
    try:
        raise RuntimeError("test")
    except Exception as e:
        raise e
show(named)
def twice():
    e = ValueError()
    try:
        raise e
    except ValueError:
        pass
    try:
        raise e
    except ValueError:
        pass
    raise e
show(twice)
def show2(f):
    try: f()
    except BaseException as e:
        print([(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
def reraise():
    try:
        raise RuntimeError("test")
    except Exception as e:
        raise e
show2(reraise)
def test():
    try:
        try:
            raise OSError("test")
        except OSError:
            raise sys.exc_info()[1]  # except
    finally:
        raise sys.exc_info()[1]  # finally
show2(test)
def gen():
    yield 1
show2(lambda: gen().throw(OverflowError))
def f2():
    try:
        raise KeyError(1)
    finally:
        pass
show2(f2)
def f3():
    e = ValueError()
    for i in range(2):
        try:
            raise e
        except ValueError:
            pass
    raise e
show2(f3)
try: raise KeyError
except KeyError as e: tb = e.__traceback__
print(sorted(d for d in dir(tb) if not d.startswith("__")), sorted(set(dir(tb)) - set(dir(object))))
def f():
    try:
        raise KeyError(1)
    except KeyError as e:
        e.__traceback__ = None
        raise
try: f()
except KeyError as e: print([(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
def g():
    try:
        raise KeyError(1)
    except KeyError as e:
        e.with_traceback(None)
        raise
try: g()
except KeyError as e: print([(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
def gen():
    yield 1
try:
    raise NameError
except NameError as e:
    earlier = e.__traceback__
g = gen()
next(g)
try:
    g.throw(OverflowError, OverflowError("foo"), earlier)
except OverflowError as e:
    print([(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
for args in ((ValueError, None, 3), (ValueError(1), 2)):
    g = gen()
    next(g)
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
def finally_generator():
    try:
        raise OSError("test")
    except:
        raise sys.exc_info()[1]  # except
    finally:
        try:
            yield
            raise sys.exc_info()[1]  # finally
        except Exception as e:
            pass
try:
    list(finally_generator())
except OSError as e:
    print([(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
