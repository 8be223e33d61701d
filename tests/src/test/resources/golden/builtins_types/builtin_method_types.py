# builtin methods have CPython's four types: method_descriptor, wrapper_descriptor (slots), and bound builtin_function_or_method / method-wrapper
import pickle, copy, types, inspect
objs = [list.append, int.__add__, object.__init__, (1).__add__, [].append, object().__str__, str.join, dict.__getitem__,
        list.__len__, len, dict.fromkeys, str.__format__, object.__reduce_ex__, set.__contains__]
for o in objs:
    print(type(o).__name__, repr(o).split(" at 0x")[0])
print(types.MethodDescriptorType is type(list.append), types.WrapperDescriptorType is type(int.__add__),
      types.MethodWrapperType is type((1).__add__), types.BuiltinMethodType is type([].append))
for o in (list.append, int.__add__, str.join, len):
    print(pickle.loads(pickle.dumps(o)) is o, copy.copy(o) is o)
print(pickle.loads(pickle.dumps([1].append)).__self__, pickle.loads(pickle.dumps((5).__add__))(1))
print(inspect.ismethoddescriptor(list.append), inspect.isbuiltin(list.append), inspect.isbuiltin([].append), inspect.ismethodwrapper((1).__add__))
print(list.append.__objclass__, int.__add__.__objclass__, list.append.__name__, list.append.__qualname__, int.__add__.__qualname__)
print(int.__add__(1, 2), list.append.__get__([1])(2), (1).__add__ == (1).__add__, [].append == [].append)
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)
try:
    list.append(1, 2)
except TypeError as e:
    print(e)
try:
    class X(type(list.append)): pass
except TypeError as e:
    print(e)
