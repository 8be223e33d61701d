# unittest.mock: Mock reprs and names, the call record, return_value, side_effect, configure_mock, reset_mock,
# call objects, sentinel/DEFAULT/ANY, spec/spec_set, seal, del, attach_mock, wraps, PropertyMock.
import re
from unittest.mock import (Mock, NonCallableMock, NonCallableMagicMock, MagicMock, call, ANY, DEFAULT, sentinel,
                           PropertyMock, seal)


def r(obj):
    """repr without the varying id."""
    return re.sub(r"id='\d+'", "id=...", repr(obj))


def attempt(function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', re.sub(r"id='\d+'", "id=...", str(e)))
    else:
        print('->', r(result))


m = Mock()
print(r(m), r(m.foo), r(m.foo()), r(m()), r(m().bar.baz()))
n = Mock(name='n')
print(r(n), r(n.a.b), r(n.a()), r(n()()), n.a is n.a, n() is n())
print(m.called, m.call_count, m.call_args, m.call_args_list)

m = Mock()
m(1, 2, a=3)
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs, m.call_args_list)
args, kwargs = m.call_args
print(args, kwargs, m.call_args == call(1, 2, a=3), m.call_args == ((1, 2), {'a': 3}), len(m.call_args))
print(m.mock_calls, m.method_calls)
m.foo.bar(1)
m.x(2).y(3)
m()(4)
print(m.method_calls)
print(m.mock_calls)
print(m.x.mock_calls, m.x.return_value.mock_calls)
m.reset_mock()
print(m.call_count, m.mock_calls, m.call_args, m.method_calls, m.foo.bar.call_count)

m.return_value = 5
print(m(), m())
m.side_effect = [1, 2]
print(m(), m())
attempt(m)
m.side_effect = KeyError('k')
attempt(m)
m.side_effect = ValueError
attempt(m)
m.side_effect = lambda x: x * 2
print(m(21))
m.side_effect = lambda x: DEFAULT
print(m(21))
m.side_effect = [ValueError('in list'), 3]
attempt(m)
print(m())
m.side_effect = None
print(m())
m.reset_mock(return_value=True)
print(r(m()))
m.side_effect = [9]
m.reset_mock(side_effect=True)
print(m.side_effect)

m2 = Mock(return_value=3, **{'method.return_value': 4, 'other.side_effect': KeyError})
print(m2(), m2.method())
attempt(m2.other)
m2.configure_mock(a=1, **{'b.c': 2, 'b.d.return_value': 'deep'})
print(m2.a, m2.b.c, m2.b.d())

# call objects
print(call, call(1), call.foo, call.foo(1, x=2), call().foo.bar(3), call(1).a(2).call_list())
print(call(1) == call(1), call(1) != call(2), call.foo(1) == call.bar(1), call(1) == ANY, ANY == 3, repr(ANY))
print(call.foo(1) == ('foo', (1,), {}), call(1, a=2) == ((1,), {'a': 2}), call() == (), call(1) == ((1,),))
print(call(1, ANY) == call(1, 'anything'), [call(ANY)] == [call(5)], call.count(1), call.index(2))
print(sentinel.x, sentinel.x is sentinel.x, sentinel.x is sentinel.y, DEFAULT)

nc = NonCallableMock()
attempt(nc)
print(r(nc), r(NonCallableMagicMock()), r(nc.attr), r(NonCallableMagicMock().attr))


# spec and spec_set
class Spec:
    x = 1

    def meth(self, a, b=2):
        pass


s = Mock(spec=Spec)
print(r(s), isinstance(s, Spec), r(s.meth), r(s.x))
attempt(lambda: s.nope)
s.meth(1)
s.meth.assert_called_with(1)
s.anything_new = 3
print(s.anything_new)
ss = Mock(spec_set=Spec)
print(r(ss))
ss.x = 3
attempt(setattr, ss, 'y', 4)
sl = Mock(spec=['p', 'q'])
print(r(sl), r(sl.p))
attempt(lambda: sl.r)
print(r(Mock(spec=3)), r(Mock(name='named', spec=len)))

# PropertyMock on a mock's own class
pm_owner = MagicMock()
p = PropertyMock(return_value=3)
type(pm_owner).prop = p
print(pm_owner.prop)
pm_owner.prop = 9
print(p.mock_calls)

# seal
sm = Mock()
sm.a.b.return_value = 1
seal(sm)
print(sm.a.b())
attempt(lambda: sm.c)
attempt(lambda: sm.a.c)
attempt(lambda: sm.a.b.c)
attempt(sm)

# deleting attributes
d = Mock()
print(r(d.x))
del d.x
attempt(lambda: d.x)
attempt(delattr, d, 'x')

# assigning mocks as attributes
parent = Mock()
child = Mock(return_value=2)
parent.child = child
parent.child(1)
print(parent.mock_calls, r(child))
parent.attach_mock(Mock(name='renamed'), 'other')
parent.other(5)
print(parent.mock_calls, parent.method_calls)
parent.rv = 7
print(parent.rv)

# wraps
w = Mock(wraps=lambda x: x + 1)
print(w(1), w.call_count)


class Real:
    def hello(self, who):
        return 'hello ' + who


wr = Mock(wraps=Real())
print(wr.hello('you'), wr.hello.call_args)
print([name for name in dir(Mock()) if not name.startswith('_')][:10])
