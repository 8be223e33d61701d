# Class methods, static methods and __new__ of builtin types: their reprs, __self__, and the classmethod_descriptor in the type's __dict__.
import collections
import re
import types
import weakref
def r(x): return re.sub(r'0x[0-9a-f]+', '0x...', repr(x))
for e in ['type.__prepare__', 'dict.fromkeys', 'int.from_bytes', 'bytes.fromhex', 'bytearray.fromhex', 'float.fromhex', 'dict.__new__', 'object.__init_subclass__', 'object.__subclasshook__', 'int.__new__', 'type.__dict__["__prepare__"]', 'dict.__dict__["fromkeys"]', 'int.__dict__["from_bytes"]', 'type(dict.__dict__["fromkeys"])', 'str.maketrans', 'dict.__class_getitem__', 'list.__class_getitem__', 'object.__dict__["__init_subclass__"]', 'float.__getformat__', 'int.__dict__["__new__"]', 'type.__dict__["__subclasses__"]', 'int.__subclasses__', 'type(int.__dict__["__new__"])','dict.__dict__["fromkeys"].__get__(None, dict)', '{}.fromkeys', '(1).from_bytes', 'type.__prepare__("a", ())', 'dict.fromkeys.__self__', 'dict.fromkeys.__name__','dict.fromkeys.__qualname__', 'type.__dict__["__prepare__"].__name__', 'type.__dict__["__prepare__"].__qualname__', 'dict.__dict__["fromkeys"].__objclass__', 'bool.from_bytes', 'bool.__dict__.get("from_bytes")']:
    try: print(e, '->', r(eval(e)))
    except Exception as ex: print(e, '!!', type(ex).__name__, ex)
class D(dict): pass
print(r(D.fromkeys), D.fromkeys.__self__)
print(r(dict.__dict__['fromkeys'](dict, 'ab')))
try: dict.__dict__['fromkeys'](1, 'ab')
except TypeError as e: print(e)
try: dict.__dict__['fromkeys']()
except TypeError as e: print(e)
try: dict.__dict__['fromkeys'].__get__(None, int)
except TypeError as e: print(e)
try: dict.__dict__['fromkeys'].__get__(1)
except TypeError as e: print(e)
print(r(dict.__dict__['fromkeys'].__get__({})))
print(list[int], dict[str, int], tuple[int, ...], set[int], frozenset[int], enumerate[int], weakref.ref[int], BaseExceptionGroup[int], types.MappingProxyType[int])
class L(list): pass
print(L[int], type(L[int]))
print(r(list.__class_getitem__), list.__dict__['__class_getitem__'], list.__class_getitem__.__doc__, list.__class_getitem__.__qualname__)
print(type(list.__dict__['__class_getitem__']).__name__, type(dict.__dict__['fromkeys']).__name__)
print(isinstance(dict.__dict__['fromkeys'], classmethod), types.ClassMethodDescriptorType is type(dict.__dict__['fromkeys']))
print(dict.__dict__['fromkeys'].__name__, dict.__dict__['fromkeys'].__qualname__, dict.__dict__['fromkeys'].__objclass__)
print(r(int.__new__), int.__new__.__self__, str.maketrans.__self__, r(str.maketrans), r(str.__dict__['maketrans']), r(bytes.maketrans))
print(r(object.__new__), r(type.__new__), r(float.__getformat__), float.__getformat__('double'))
print(r(type.__prepare__), type.__prepare__('X', (), a=1))
print(int.from_bytes(b'\x01', 'big'), dict.__dict__['fromkeys'](collections.OrderedDict, 'ab'))
class D(dict): pass
print(D.fromkeys('x'), type(D.fromkeys('x')), D().fromkeys('y'), r(D.__new__))
try: dict.__dict__['fromkeys'].__get__(None, None)
except TypeError as e: print(e)
print(r(dict.__dict__['fromkeys'].__get__(D())), r(dict.__dict__['fromkeys'].__get__(None, D)))
try: float.__dict__['fromhex'](int, '1')
except TypeError as e: print(e)
print(float.__dict__['fromhex'](float, '0x1p3'))
print(callable(dict.__dict__['fromkeys']))
import inspect
print(inspect.ismethoddescriptor(dict.__dict__['fromkeys']), inspect.isroutine(dict.__dict__['fromkeys']))
