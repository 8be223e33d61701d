import _collections_abc, collections.abc as c
print(_collections_abc.Iterable is c.Iterable, _collections_abc.dict_keys, _collections_abc.generator, _collections_abc.coroutine, _collections_abc.longrange_iterator)
print(issubclass(list, _collections_abc.MutableSequence))
