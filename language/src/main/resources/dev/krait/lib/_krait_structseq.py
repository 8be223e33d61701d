"""Struct sequences written in Python (CPython's structseq): tuple subclasses whose items are also read-only named
attributes, such as pwd.struct_passwd and grp.struct_group."""


def structseq(module, name, fields, doc=None):
    """A struct sequence type module.name with the given field names (all of them in the sequence)."""
    qualified = f"{module}.{name}"
    size = len(fields)

    def __new__(cls, sequence=_MISSING, dict=None):
        if sequence is _MISSING:
            raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if len(items) != size:
            raise TypeError(f"{qualified}() takes a {size}-sequence ({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    def __repr__(self):
        shown = ", ".join(f"{field}={value!r}" for field, value in zip(fields, self))
        return f"{qualified}({shown})"

    def __reduce__(self):
        return (type(self), (tuple(self), {}))

    def __setattr__(self, attribute, value):
        if attribute in fields:
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'{qualified}' object has no attribute '{attribute}'")

    namespace = {"__new__": __new__, "__repr__": __repr__, "__reduce__": __reduce__, "__setattr__": __setattr__,
                 "__slots__": (), "__module__": module, "__doc__": doc, "__match_args__": tuple(fields),
                 "n_fields": size, "n_sequence_fields": size, "n_unnamed_fields": 0}
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, index=index: tuple.__getitem__(self, index))
    return type(name, (tuple,), namespace)


class _Missing:
    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()
