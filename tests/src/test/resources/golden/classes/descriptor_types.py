# getset_descriptor and member_descriptor: their types, reprs, and types.GetSetDescriptorType/MemberDescriptorType
class S:
    __slots__ = ("a",)
print(type(S.__dict__["a"]), type(object.__dict__["__class__"]), type(type.__dict__["__dict__"]))
import types
print(types.FunctionType.__code__)
print(types.GetSetDescriptorType, types.MemberDescriptorType, S.a, object.__dict__["__class__"])
for t in [types.GetSetDescriptorType, types.MemberDescriptorType]:
    try: t()
    except TypeError as e: print("TypeError")
print(isinstance(type.__dict__["__dict__"], types.GetSetDescriptorType))
