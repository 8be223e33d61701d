x = "global x"
def read_global():
    return x
def local_shadow():
    x = "local x"
    return x
print(read_global(), local_shadow(), x)
class Holder:
    x = "class x"
    def method(self):
        return x
    values = [x for _ in range(1)]
    doubled = x * 1
print(Holder().method(), Holder.values, Holder.doubled)
def outer():
    y = "enclosing"
    class Inner:
        z = y
        def get(self):
            return y
    return Inner.z, Inner().get()
print(outer())
def counter_factory():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return hit
hit = counter_factory()
hit("a")
hit("b")
print(hit("a"))
def uses_builtin():
    return len("four")
def shadows_builtin():
    len = lambda s: -1
    return len("four")
print(uses_builtin(), shadows_builtin(), len("ok"))
for i in range(3):
    pass
print("loop variable leaks:", i)
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(del_local())
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
print(sorted(k for k in globals() if not k.startswith("__")))
