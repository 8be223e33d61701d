"""The XPath subset ElementTree's find, findall, findtext and iterfind understand."""

# Krait's implementation. A path is split into tokens, then compiled into a list of steps; each step maps the
# current list of context elements to the next one. Compiled paths are cached by (path, namespaces).

import re

# A token is either an operator (quoted string, '//', '..', '()', '!=', or one punctuation character) or a name
# (maybe with a {namespace} in front).
_token_re = re.compile(
    r"""\s*(?:("[^"]*"|'[^']*'|//?|\.\.|\(\)|!=|::|[/.*:\[\]()@=])|((?:\{[^}]+\})?[^/\[\]()@!=\s]+))""")


def xpath_tokenizer(pattern, namespaces=None):
    default_namespace = namespaces.get('') if namespaces else None
    has_prefix = False
    pos = 0
    n = len(pattern)
    while pos < n:
        m = _token_re.match(pattern, pos)
        if m is None:
            if pattern[pos:].strip() == '':
                return
            raise SyntaxError('invalid path')
        pos = m.end()
        op, name = m.group(1), m.group(2)
        if name and name[0] != '{':
            if ':' in name and namespaces:
                prefix, local = name.split(':', 1)
                if prefix not in namespaces:
                    raise SyntaxError(f'prefix {prefix!r} not found in prefix map')
                yield op or '', '{%s}%s' % (namespaces[prefix], local)
                has_prefix = True
                continue
            if default_namespace and not has_prefix:
                yield op or '', '{%s}%s' % (default_namespace, name)
                continue
        yield op or '', name or ''


def _parents(context):
    found = context.parent_map
    if found is None:
        found = context.parent_map = {}
        for parent in context.root.iter():
            for child in parent:
                found[child] = parent
    return found


def _is_wildcard(tag):
    return tag == '*' or tag.startswith('{*}') or tag.endswith('}*')


def _tag_matcher(tag):
    if tag == '*':
        return lambda t: isinstance(t, str)
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag.startswith('{*}'):
        local = tag[3:]
        suffix = '}' + local
        return lambda t: isinstance(t, str) and (t == local or t.endswith(suffix))
    if tag.endswith('}*'):
        prefix = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(prefix)
    return lambda t: t == tag


def _step_child(next_token, token):
    tag = token[1]
    if _is_wildcard(tag):
        match = _tag_matcher(tag)

        def select(context, result):
            for elem in result:
                for child in elem:
                    if match(child.tag):
                        yield child
    else:
        def select(context, result):
            for elem in result:
                for child in elem:
                    if child.tag == tag:
                        yield child
    return select


def _step_star(next_token, token):
    def select(context, result):
        for elem in result:
            yield from elem
    return select


def _step_self(next_token, token):
    def select(context, result):
        yield from result
    return select


def _step_descendants(next_token, token):
    try:
        token = next_token()
    except StopIteration:
        return None
    if token[0] == '*':
        tag = '*'
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError('invalid descendant')
    if _is_wildcard(tag) and tag != '*':
        match = _tag_matcher(tag)

        def select(context, result):
            for elem in result:
                for e in elem.iter():
                    if e is not elem and match(e.tag):
                        yield e
    else:
        def select(context, result):
            for elem in result:
                for e in elem.iter(tag):
                    if e is not elem:
                        yield e
    return select


def _step_parent(next_token, token):
    def select(context, result):
        parents = _parents(context)
        seen = {}
        for elem in result:
            if elem in parents:
                parent = parents[elem]
                if parent not in seen:
                    seen[parent] = None
                    yield parent
    return select


def _step_predicate(next_token, token):
    # Collect the predicate's tokens up to ']' as a signature of operators ('-' stands for a name or number)
    signature = []
    values = []
    while True:
        try:
            token = next_token()
        except StopIteration:
            return None
        if token[0] == ']':
            break
        if token == ('', ''):
            continue
        if token[0] and token[0][:1] in '\'"':
            token = "'", token[0][1:-1]
        signature.append(token[0] or '-')
        values.append(token[1])
    signature = ''.join(signature)
    if signature == '@-':
        key = values[1]

        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select
    if signature in ("@-='", "@-!='"):
        key = values[1]
        value = values[-1]
        if signature == "@-='":
            def select(context, result):
                for elem in result:
                    if elem.get(key) == value:
                        yield elem
        else:
            def select(context, result):
                for elem in result:
                    if elem.get(key) != value:
                        yield elem
        return select
    if signature == '-' and not re.match(r'-?\d+$', values[0]):
        tag = values[0]

        def select(context, result):
            for elem in result:
                if elem.find(tag) is not None:
                    yield elem
        return select
    if signature in (".='", ".!='", "-='", "-!='") and not re.match(r'-?\d+$', values[0]):
        tag = values[0]
        value = values[-1]
        equal = '!' not in signature
        if tag:
            def select(context, result):
                for elem in result:
                    for e in elem.findall(tag):
                        if (''.join(e.itertext()) == value) == equal:
                            yield elem
                            break
        else:
            def select(context, result):
                for elem in result:
                    if (''.join(elem.itertext()) == value) == equal:
                        yield elem
        return select
    if signature in ('-', '-()', '-()-'):
        if signature == '-':
            index = int(values[0]) - 1
            if index < 0:
                raise SyntaxError('XPath position >= 1 expected')
        else:
            if values[0] != 'last':
                raise SyntaxError('unsupported function')
            if signature == '-()-':
                try:
                    index = int(values[2]) - 1
                except ValueError:
                    raise SyntaxError('unsupported expression')
                if index > -2:
                    raise SyntaxError('XPath offset from last() must be negative')
            else:
                index = -1

        def select(context, result):
            parents = _parents(context)
            for elem in result:
                parent = parents.get(elem)
                if parent is None:
                    continue
                siblings = parent.findall(elem.tag)
                try:
                    if siblings[index] is elem:
                        yield elem
                except IndexError:
                    pass
        return select
    raise SyntaxError('invalid predicate')


_steps = {
    '': _step_child,
    '*': _step_star,
    '.': _step_self,
    '..': _step_parent,
    '//': _step_descendants,
    '[': _step_predicate,
}

_cache = {}


class _SelectorContext:
    parent_map = None

    def __init__(self, root):
        self.root = root


def _compile(path, namespaces):
    if path[-1:] == '/':
        path += '*'
    key = (path,)
    if namespaces:
        key += tuple(sorted(namespaces.items()))
    selector = _cache.get(key)
    if selector is not None:
        return selector
    if len(_cache) > 100:
        _cache.clear()
    if path[:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    tokens = iter(xpath_tokenizer(path, namespaces))
    next_token = tokens.__next__
    selector = []
    try:
        token = next_token()
    except StopIteration:
        return selector
    while True:
        op = token[0]
        if op and op[:1] in '\'"':
            raise SyntaxError('invalid path')
        make = _steps.get(op)
        if make is None:
            raise SyntaxError('invalid path')
        step = make(next_token, token)
        if step is None:
            raise SyntaxError('invalid path')
        selector.append(step)
        try:
            token = next_token()
            if token[0] == '/':
                token = next_token()
        except StopIteration:
            break
    _cache[key] = selector
    return selector


def iterfind(elem, path, namespaces=None):
    selector = _compile(path, namespaces)
    result = [elem]
    context = _SelectorContext(elem)
    for step in selector:
        result = step(context, result)
    return iter(result)


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ''
