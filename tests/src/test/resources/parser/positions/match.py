match command:
    case "quit":
        pass
    case 1 | 2 | 3:
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case None:
        pass
    case True | False:
        pass
    case x:
        pass
    case _:
        pass
    case a.b:
        pass
    case a.b.c:
        pass
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case (a):
        pass
    case ():
        pass
    case []:
        pass
    case [*_]:
        pass
    case a, b:
        pass
    case a, *_:
        pass
    case {"key": value, **rest}:
        pass
    case {1: a, a.b: c}:
        pass
    case {}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(1, y=2):
        pass
    case mod.Point():
        pass
    case [Point(x=0, y=0) as p, *others] if p.x > 0:
        pass
    case (1 | 2) as n:
        pass
    case "a" "b":
        pass
    case b"bytes":
        pass
match x, y:
    case a, b: pass
match (x):
    case _: pass
match = 1
match.x = 2
match[0] = 3
match(x)
case = 1
_ = 2
