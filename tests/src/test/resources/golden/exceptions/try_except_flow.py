def check(v):
    try:
        print("try", v)
        r = 10 / v
    except ZeroDivisionError:
        print("except zero")
        return "zero"
    except (TypeError, ValueError) as e:
        print("except type/value:", type(e).__name__)
        return "bad"
    else:
        print("else", r)
        return "ok"
    finally:
        print("finally", v)
for v in [2, 0, "x"]:
    print("->", check(v))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_with_finally())
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", repr(e))
try:
    pass
except Exception:
    print("never")
else:
    print("no exception -> else")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
