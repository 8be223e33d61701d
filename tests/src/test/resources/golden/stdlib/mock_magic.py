# unittest.mock: MagicMock's configured magic methods and their defaults, configuring them, and the errors for
# magic methods a plain Mock or a spec does not have.
import re
from unittest.mock import Mock, MagicMock, NonCallableMagicMock, call


def r(obj):
    return re.sub(r"id='\d+'", "id=...", repr(obj))


def attempt(function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', re.sub(r"id='\d+'", "id=...", str(e)))
    else:
        print('->', r(result))


mm = MagicMock()
print(len(mm), bool(mm), int(mm), float(mm), complex(mm), 3 in mm, mm == mm, mm != mm, mm == 3, mm != 3)
print([x for x in mm], str(mm) == repr(mm), hash(mm) == object.__hash__(mm), r(mm[0]), r(abs(mm)), r(-mm))
print(r(mm + 1), r(mm.__add__), r(mm * 2), r(1 - mm), r(mm.__rsub__))
attempt(lambda: mm < 1)
print(mm.__lt__(1), mm.__index__(), round(mm) is mm.__round__.return_value)
print(mm.mock_calls[:6])
mm = MagicMock()
mm.__len__.return_value = 4
print(len(mm))
mm.__iter__.return_value = [1, 2]
print([x for x in mm], [x for x in mm])
mm.__getitem__.return_value = 'x'
print(mm[0], mm['k'])
mm.__getitem__.side_effect = lambda key: key * 2
print(mm[3], mm['ab'])
mm.__str__.return_value = 'hello'
print(str(mm))
mm.__eq__.return_value = True
print(mm == 1)
mm.__bool__.return_value = False
print(bool(mm))
mm.__contains__.return_value = True
print(5 in mm)
mm.__int__.return_value = 42
print(int(mm))
mm[1] = 2
print(mm.__setitem__.call_args)
del mm[1]
print(mm.__delitem__.call_args)
with mm as ctx:
    print(r(ctx))
print(mm.__enter__.called, mm.__exit__.call_args, ctx is mm.__enter__.return_value)
mm.__enter__.return_value = 'entered'
with mm as ctx:
    print(ctx)
mm.__exit__.return_value = True
with mm:
    raise ValueError('suppressed')
print('after suppressed exception')
print(mm.mock_calls[:-1], mm.__exit__.call_args.args[:2])

# a function as a magic method receives the mock
mm2 = MagicMock()
mm2.__len__ = lambda self: 7
mm2.__getitem__ = lambda self, key: (self is mm2, key)
print(len(mm2), mm2[1])
mm2.__iter__ = Mock(return_value=iter('ab'))
print(list(mm2))
del mm2.__len__
attempt(len, mm2)

# a plain Mock has no magic methods unless set
plain = Mock()
attempt(lambda: plain.__len__)
attempt(len, plain)
attempt(iter, plain)
plain.__len__ = Mock(return_value=2)
print(len(plain))
plain.__str__ = Mock(return_value='s')
print(str(plain))
attempt(setattr, MagicMock(), '__getattr__', 1)
attempt(setattr, MagicMock(), '__init__', 1)

# with a spec only the magic methods of the spec are configured
spec_mock = MagicMock(spec=[])
attempt(len, spec_mock)
spec_mock2 = MagicMock(spec=['__len__'])
print(len(spec_mock2))
attempt(iter, spec_mock2)
attempt(setattr, MagicMock(spec=[]), '__iter__', iter)

nc = NonCallableMagicMock()
print(len(nc), r(nc.__len__))
attempt(nc)
