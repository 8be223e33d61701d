# __module__ and __doc__ of builtin types, type itself included.
print(type.__module__, int.__module__, len.__module__, object.__module__, type(len).__module__)
class C:
    "doc of C"
print(C.__module__, C.__doc__, type.__module__ == "builtins")
