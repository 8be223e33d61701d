# dis of try/except/else/finally and with: exception tables, handler cleanup, returns through finally
from _disutil import show


def try_except(f):
    try:
        f()
    except ValueError:
        return 1
    except (KeyError, IndexError) as e:
        return e
    except:
        raise
    else:
        return 2


def try_finally(f):
    try:
        return f()
    finally:
        print("cleanup")


def try_except_finally(f):
    try:
        x = f()
    except Exception as e:
        print(e)
        x = None
    else:
        print("ok")
    finally:
        print("finally")
    return x


def nested_try(f):
    try:
        try:
            f()
        finally:
            f()
    except OSError:
        pass


def loop_with_try(items):
    for item in items:
        try:
            if item:
                break
            continue
        except TypeError:
            continue
        finally:
            print(item)


def raising(x):
    if x:
        raise ValueError("bad") from x
    raise


def with_statement(path):
    with open(path) as f:
        return f.read()


def nested_with(a, b):
    with a as x, b:
        print(x)
    with a:
        for i in x:
            if i:
                break


for function in (try_except, try_finally, try_except_finally, nested_try, loop_with_try, raising, with_statement,
                 nested_with):
    print("=====", function.__name__)
    show(function)
    print()
