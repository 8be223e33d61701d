# NoneType defines its own truth, hash and comparisons (slot wrappers), equal only to itself
none_type = type(None)
for name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__bool__"):
    method = none_type.__dict__[name]
    print(name, type(method).__name__, method is not object.__dict__.get(name), getattr(None, name).__name__)
print(None.__eq__(3), None.__ne__(3), None.__eq__(None), None.__ne__(None), None.__lt__(3), None.__bool__())
print(hash(None) & 0xFFFFFFFF == 0xFCA86420, hash(None) == none_type.__hash__(None), bool(None), None == None, None != 0)
try:
    none_type.__eq__(1, None)
except TypeError as e:
    print(e)
try:
    None < None
except TypeError as e:
    print(e)
print(sorted(none_type.__dict__))
