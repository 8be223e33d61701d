"""The abstract base classes of containers under the module name CPython defines them in: Krait keeps them in
collections.abc, and this module shows the same objects, with the concrete iterator and view types CPython names
here."""

from collections.abc import *  # noqa: F401,F403
from collections.abc import __all__, _check_methods  # noqa: F401
import types as _types

bytes_iterator = type(iter(b''))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
longrange_iterator = type(iter(range(1 << 1000)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
zip_iterator = type(iter(zip()))
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = type(type.__dict__)

generator = _types.GeneratorType
coroutine = _types.CoroutineType
async_generator = _types.AsyncGeneratorType
del _types
