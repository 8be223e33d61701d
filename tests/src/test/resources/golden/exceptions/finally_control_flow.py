def find(items, target):
    for i, item in enumerate(items):
        try:
            if item == target:
                return i
        finally:
            print("checked", item)
    return -1
print(find(["a", "b", "c"], "b"))
def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise ValueError("v")
        except ValueError:
            log.append("inner except")
            raise TypeError("t")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"outer except {e}")
    finally:
        log.append("outer finally")
    return log
print(nested())
def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"
print(swallow())
def exc_info_inside():
    import sys
    try:
        raise IndexError("idx")
    except IndexError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None)
    print(sys.exc_info())
exc_info_inside()
def while_retry():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ConnectionError(f"attempt {attempts} failed")
            return f"succeeded after {attempts}"
        except ConnectionError as e:
            print(e)
print(while_retry())
