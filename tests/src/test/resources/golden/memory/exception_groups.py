# __del__ timing with exception groups and except*: the parts of a group share its traceback, so the variables
# of the frames it left live as long as any part does.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def fail(name):
    local = Resource(name)
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])


def partly_handled():
    try:
        fail("partly handled")
    except* ValueError as e:
        print("  handled", repr(e))
    print("  not reached")


print("rest propagates:")
try:
    partly_handled()
except ExceptionGroup as e:
    print("  caught rest", repr(e))
print("after the handler")


def fully_handled():
    try:
        fail("fully handled")
    except* ValueError:
        print("  values handled")
    except* TypeError:
        print("  types handled")
    print("  continues")


print("all handled:")
fully_handled()
print("after fully_handled")

saved = None


def keep_part():
    global saved
    try:
        fail("kept part")
    except* ValueError as e:
        saved = e
    except* TypeError:
        pass


print("a part kept in a global:")
keep_part()
print("  part still alive:", repr(saved))
saved = None
print("after dropping the part")


def naked():
    local = Resource("naked")
    raise KeyError("k")


def wrap_naked():
    try:
        naked()
    except* KeyError as e:
        print("  wrapped", repr(e))


print("a naked exception:")
wrap_naked()
print("after wrap_naked")

print("a group built from caught exceptions:")
errors = []
for i in range(2):
    try:
        fail(f"member {i}")
    except ExceptionGroup as e:
        errors.append(e)
group = ExceptionGroup("collected", errors)
del errors
print("  members alive in the group")
del group
print("after del group")


# an exception raised out of a generator keeps what it holds until it is handled
def generator_raising():
    yield 1
    raise ValueError(Resource("argument"))


print("from a generator:")
g = generator_raising()
next(g)
try:
    next(g)
except ValueError as e:
    print("  caught", type(e.args[0]).__name__)
print("after the generator's exception")


def clause_suspended():
    local = Resource("suspended clause")
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield "suspended"
    except* TypeError:
        pass


print("dropping a generator suspended in a clause:")
g = clause_suspended()
print(" ", next(g))
del g
print("after del g")
