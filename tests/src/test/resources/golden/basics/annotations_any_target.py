# Any annotated assignment in a module or class body (a simple name or not) makes its __annotations__ dict;
# a module object has __annotations__ even when its code made none
import types

def classes():
    class OnlyParenthesized:
        (a): int
        print("OnlyParenthesized:", __annotations__)
    class OnlyAttribute:
        x = types.SimpleNamespace()
        x.y: int
        print("OnlyAttribute:", __annotations__)
    class InMatch:
        match 1:
            case 1:
                z = [0]
                z[0]: int
        print("InMatch:", "__annotations__" in dir())
    class InTryStar:
        try:
            pass
        except* ValueError:
            q.r: int
        print("InTryStar:", "__annotations__" in dir())
    class Plain:
        pass
    print("Plain:", "__annotations__" in Plain.__dict__)

classes()

m = types.ModuleType("m")
print("m" , "__annotations__" in m.__dict__, m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__["k"] = int
print(m.__dict__["__annotations__"])
del m.__annotations__
print("__annotations__" in m.__dict__)
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
m.__annotations__ = {"j": str}
print(m.__annotations__)
import json
print(json.__annotations__)
