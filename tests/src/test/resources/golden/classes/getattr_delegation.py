class Logged:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"{type(self).__name__} hides private attribute {name!r}")
        value = getattr(self._target, name)
        if callable(value):
            def wrapper(*args):
                self.calls.append(name)
                return value(*args)
            return wrapper
        return value
items = Logged([3, 1, 2])
items.append(0)
items.sort()
print(items._target, items.calls, items.count(1))
try:
    items._secret
except AttributeError as e:
    print("AttributeError:", e)
try:
    items.no_such_method
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(items, "_secret"), getattr(items, "_secret", "default"), hasattr(items, "append"))
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields) if False else None
        self._fields = fields
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"record has no field {name!r}") from None
r = Record(name="Ada", year=1815)
print(r.name, r.year)
try:
    r.email
except AttributeError as e:
    print("AttributeError:", e, "| suppressed context:", e.__suppress_context__)
