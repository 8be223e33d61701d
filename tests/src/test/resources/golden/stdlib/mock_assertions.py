# unittest.mock: the assert_* methods, passing and failing (AssertionError messages as CPython's).
import re
from unittest.mock import Mock, MagicMock, call, ANY


def attempt(function, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', re.sub(r"id='\d+'", "id=...", str(e)))
        print('  cause:', type(e.__cause__).__name__ if e.__cause__ else None)
    else:
        print('ok')


a = Mock(name='a')
attempt(a.assert_called)
attempt(a.assert_called_once)
attempt(a.assert_not_called)
attempt(a.assert_called_with, 1)
attempt(a.assert_called_once_with, 1)
attempt(a.assert_any_call, 1)
attempt(a.assert_has_calls, [])
attempt(a.assert_has_calls, [call(1)])
a(1, b=2)
attempt(a.assert_called)
attempt(a.assert_called_once)
attempt(a.assert_called_with, 1, b=2)
attempt(a.assert_called_once_with, 1, b=ANY)
attempt(a.assert_not_called)
attempt(a.assert_called_with, 2)
attempt(a.assert_called_with, 1, b=3, c=4)
a(3)
attempt(a.assert_called_once)
attempt(a.assert_called_once_with, 3)
attempt(a.assert_any_call, 1, b=2)
attempt(a.assert_any_call, 4, c=5)
attempt(a.assert_has_calls, [call(1, b=2), call(3)])
attempt(a.assert_has_calls, [call(3), call(1, b=2)])
attempt(a.assert_has_calls, [call(3), call(1, b=2)], any_order=True)
attempt(a.assert_has_calls, [call(3), call(9)], any_order=True)
attempt(a.assert_has_calls, [call(ANY), call(3)])

u = Mock()
attempt(u.assert_called_with, 1)
attempt(u.assert_called)
u()
attempt(u.assert_not_called)
u.method(1)
u.method.other(2)
attempt(u.assert_has_calls, [call.method(1), call.method.other(2)])
attempt(u.assert_has_calls, [call.method(2)])
attempt(u.method.assert_called_once_with, 1)
attempt(u.method.assert_called_once_with, 2)
attempt(u.method.other.assert_not_called)

# misspelt assertions are refused
attempt(lambda: u.assert_caled_with)
attempt(lambda: u.asert_called)
attempt(lambda: u.called_once_with)
Mock(unsafe=True).assert_caled_with()
print('unsafe ok')

# many calls: the list is pretty-printed
many = MagicMock(name='many')
for i in range(8):
    many(i, 'some longer argument text')
attempt(many.assert_not_called)
attempt(many.assert_has_calls, [call(8)])


# with a spec, calls are matched against the signature
class Target:
    def method(self, a, b=0):
        pass


def target_function(x, y):
    pass


sf = Mock(spec=target_function)
sf(1, y=2)
attempt(sf.assert_called_with, 1, 2)
attempt(sf.assert_called_with, x=1, y=2)
attempt(sf.assert_called_with, 1, 3)
attempt(sf.assert_called_with, 1, 2, 3)
attempt(sf.assert_any_call, 1, 2)
