print(0 or 5, 3 or 5, 0 and 5, 3 and 5, None or "default", "" or [] or 0)
print(not 0, not [], not [0], not "x", not None)
print([] and 1, [1] and "yes", 0 or 0.0)
def t(v):
    print("t", v)
    return v
r = t(0) and t(1)
print(r)
r = t(1) or t(2)
print(r)
r = t(1) and t(2) and t(None) and t(3)
print(r)
name = ""
print(name or "anonymous")
print(bool(0), bool(1), bool(-1), bool(""), bool(" "), bool([]), bool({}), bool(()), bool(0.0), bool(None))
print(True + True, True * 10, False - 1, sum([True, True, False]))
print(type(True), isinstance(True, int), int(True), str(False))
