class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key!r} not found")
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
def lookup(db, key):
    if key not in db:
        raise NotFound(key)
    return db[key]
db = {"a": 1}
for k in ["a", "b"]:
    try:
        print(lookup(db, k))
    except AppError as e:
        print(type(e).__name__, e, e.key, e.args)
try:
    raise Invalid("age", "must be positive")
except AppError as e:
    print(e, repr(e), e.args)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
errors = []
for value in ["1", "x", "3", None]:
    try:
        errors.append(int(value))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
raise NotFound("config")
