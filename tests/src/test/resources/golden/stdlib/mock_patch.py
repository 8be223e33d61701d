# unittest.mock: patch as context manager and decorator (new, return_value, side_effect, new_callable, autospec),
# patch.object, patch.dict, patch.multiple, start/stop/stopall, mock_open, and their errors.
import json
import os
import re
from unittest.mock import patch, Mock, MagicMock, mock_open, sentinel, DEFAULT, PropertyMock, call


def r(obj):
    return re.sub(r"id='\d+'", "id=...", repr(obj))


def attempt(function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', re.sub(r"id='\d+'", "id=...", str(e)))
    else:
        print('->', r(result))


original_dumps = json.dumps
with patch('json.dumps') as md:
    md.return_value = 'X'
    print(json.dumps(1), r(md), r(md.return_value))
print(json.dumps(1), json.dumps is original_dumps)
with patch('json.dumps', return_value='Y'):
    print(json.dumps(2))
with patch('json.dumps', side_effect=ValueError('no')):
    attempt(json.dumps, 2)
with patch('json.dumps', new=lambda x: 'new'):
    print(json.dumps(2))
with patch('json.dumps', new_callable=lambda: sentinel.made):
    print(json.dumps)


@patch('json.loads')
@patch('json.dumps')
def decorated(md, ml, extra=1):
    print(r(md), r(ml), extra, json.dumps is md, json.loads is ml)
    return 'ret'


print(decorated(), decorated(extra=2), json.dumps is original_dumps)


@patch('json.dumps', sentinel.replaced)
def with_new():
    return json.dumps


print(with_new(), json.dumps is original_dumps)


@patch('json.dumps')
def raising(md):
    raise KeyError('inside')


attempt(raising)
print(json.dumps is original_dumps)


@patch('json.dumps')
class Tests:
    def test_one(self, md):
        return json.dumps is md

    def helper(self):
        return json.dumps is original_dumps


print(Tests().test_one(), Tests().helper())


class C:
    attr = 1

    def meth(self, x):
        return x


with patch.object(C, 'attr', 5):
    print(C.attr)
print(C.attr)
with patch.object(C, 'meth', return_value=9) as pm:
    print(C().meth(3), pm.call_args, r(pm))
print(C().meth(3))
with patch.object(C, 'newattr', 3, create=True):
    print(C.newattr)
print(hasattr(C, 'newattr'))
with patch.object(C, 'prop', new_callable=PropertyMock, create=True) as prop:
    prop.return_value = 'property value'
    print(C().prop)
    C().prop = 4
    print(prop.mock_calls)
attempt(patch.object, 'C', 'x')
attempt(patch, 'nodots')
attempt(patch, 42)
attempt(lambda: patch.object(C, 'missing').__enter__())
attempt(lambda: patch('json.dumps', new=1, new_callable=Mock))
attempt(lambda: patch('json.dumps', new=1, autospec=True).__enter__())
attempt(lambda: patch('json.dumps', new=1, return_value=2).__enter__())
print(json.dumps is original_dumps)

d = {'a': 1}
with patch.dict(d, {'b': 2}) as same:
    print(d, same is d)
print(d)
with patch.dict(d, b=3, clear=True):
    print(d)
print(d)
with patch.dict(d, [('pair', 1)]):
    print(d)


@patch.dict(d, {'z': 0})
def uses_dict():
    print(d)


uses_dict()
print(d)
with patch.dict('os.environ', {'MOCK_TEST_VAR': 'v'}):
    print(os.environ['MOCK_TEST_VAR'])
print('MOCK_TEST_VAR' in os.environ)
try:
    with patch.dict(d, {'gone': 1}):
        raise RuntimeError('x')
except RuntimeError:
    print(d)

with patch.multiple(C, attr=DEFAULT, other=7, create=True) as values:
    print(sorted(values), r(C.attr), C.other)
print(C.attr, hasattr(C, 'other'))


@patch.multiple('json', dumps=DEFAULT, loads=DEFAULT)
def multiple(dumps, loads):
    print(r(dumps), r(loads))


multiple()
attempt(patch.multiple, C)

p = patch('json.dumps', return_value=1)
started = p.start()
print(json.dumps(0), r(started))
p.stop()
print(json.dumps(0))
patch('json.dumps').start()
patch.dict(d, {'started': True}).start()
print(d)
patch.stopall()
print(json.dumps(0), d)

# autospec
with patch('json.dumps', autospec=True) as ad:
    json.dumps(1)
    attempt(json.dumps)
    ad.assert_called_once_with(1)
    print(ad.call_count, ad.mock.call_args)
with patch.object(C, 'meth', autospec=True) as am:
    instance = C()
    instance.meth(4)
    attempt(instance.meth)
    print(am.call_args == call(instance, 4), am.call_count)

# mock_open
m = mock_open(read_data='line1\nline2\n')
with patch('builtins.open', m):
    with open('f.txt') as fh:
        print(repr(fh.read()))
    with open('f.txt') as fh:
        print(repr(fh.readline()), fh.readlines())
    with open('f.txt') as fh:
        print(list(fh))
    with open('f.txt') as fh:
        print([line for line in fh])
    with open('out.txt', 'w') as fh:
        fh.write('data')
print(m.call_args_list)
m.assert_called_with('out.txt', 'w')
m().write.assert_called_once_with('data')
print(r(m), r(m.return_value))
mb = mock_open(read_data=b'bin')
with patch('builtins.open', mb):
    print(open('x', 'rb').read())
handle = mock_open(read_data='a\nb')()
print(handle.readline(), handle.readline(), repr(handle.readline()))

# calls on the handle, magic methods included, in the parent's mock_calls
m = mock_open(read_data='x')
with patch('builtins.open', m):
    with open('a') as f:
        f.read()
m.assert_has_calls([call('a'), call().__enter__(), call().read(), call().__exit__(None, None, None)])
print(m.mock_calls)
print(call.__enter__(), call().__exit__(None, None, None))

# inside unittest test cases
import unittest


class PatchedTests(unittest.TestCase):
    @patch('json.dumps', return_value='mocked')
    def test_patched(self, md):
        self.assertEqual(json.dumps({}), 'mocked')
        md.assert_called_once_with({})

    @patch.object(C, 'attr', 'patched')
    def test_object(self):
        self.assertEqual(C.attr, 'patched')

    def test_failing_assertion(self):
        mocked = Mock(name='mocked')
        mocked(1)
        mocked.assert_called_with(2)


result = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(PatchedTests).run(result)
print(result.testsRun, result.wasSuccessful(), [str(t) for t, _ in result.failures])
print(result.failures[0][1].splitlines()[-3:])
print(json.dumps is original_dumps, C.attr)
