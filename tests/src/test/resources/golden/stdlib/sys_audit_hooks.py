import sys
seen = []
def hook(event, args):
    if event.startswith(("test", "sys.", "builtins.id")):
        seen.append((event, args))
sys.addaudithook(hook)
sys.audit("test_event", 1, 2, 3)
x = id(seen)
print(seen[0], seen[-1] == ("builtins.id", (x,)))
f = sys._getframe()
print(seen[-1][0], seen[-1][1][0] is f)
def blocker(event, args):
    if event == "sys.addaudithook":
        raise RuntimeError("no more hooks")
sys.addaudithook(blocker)
late = []
sys.addaudithook(lambda e, a: late.append(e))
sys.audit("test2")
print(late, seen[-1])
try:
    sys.audit(5)
except TypeError as e:
    print(e)
def strict(event, args):
    if event == "test_raise":
        raise ValueError("vetoed")
try:
    sys.audit("test_raise")
except ValueError as e:
    print("no strict yet", e)
