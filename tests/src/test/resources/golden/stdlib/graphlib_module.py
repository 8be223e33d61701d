import graphlib
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
print(list(graphlib.TopologicalSorter({"d": ["b", "c"], "b": ["a"], "c": ["a"]}).static_order()))
graph = {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}
print(list(graphlib.TopologicalSorter(graph).static_order()))
t = graphlib.TopologicalSorter()
t.add(1, 2, 3); t.add(2, 4); t.add(5)
t.prepare()
print(t.is_active(), bool(t))
while t:
    ready = t.get_ready()
    print("ready", ready)
    t.done(*ready)
print(t.get_ready(), t.is_active())
for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c", "a"], "c": []}, {1: [1]}, {1: [2], 2: [3], 3: [4], 4: [2], 5: [5]}]:
    t = graphlib.TopologicalSorter(g)
    try:
        t.prepare()
    except graphlib.CycleError as e:
        print("CycleError", e.args, isinstance(e, ValueError), str(e))
        print(t.get_ready())
    try:
        list(graphlib.TopologicalSorter(g).static_order())
    except graphlib.CycleError as e:
        print("static", e.args[1])
t = graphlib.TopologicalSorter({1: [2]})
for action in ("get_ready", "is_active", "done"):
    try:
        getattr(t, action)()
    except ValueError as e:
        print(action, e)
t.prepare()
for action in (lambda: t.prepare(), lambda: t.add(3), lambda: t.done(1), lambda: t.done(9), lambda: t.done("x")):
    try:
        action()
    except ValueError as e:
        print("ValueError", e)
print(t.get_ready()); t.done(2)
try:
    t.done(2)
except ValueError as e:
    print("ValueError", e)
try:
    graphlib.TopologicalSorter().add([1], 2)
except TypeError as e:
    print("TypeError", e)
print(graphlib.TopologicalSorter[int], graphlib.CycleError.__mro__[1])
t = graphlib.TopologicalSorter(); t.add("x", "y", "y"); print(list(t.static_order()))
