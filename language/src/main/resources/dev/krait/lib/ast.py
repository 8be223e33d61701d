"""Abstract syntax trees: Krait's parser seen from Python (the node classes of CPython 3.12's Python.asdl)."""

import _krait_ast
from collections import deque as _deque

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} constructor takes at most {len(fields)} positional argument"
                            f"{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{cls.__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


# The grammar, as Python.asdl writes it: "base: attributes | Class(fields) ...". '?' marks an optional field
# (None by default, a class attribute too), '*' a list.
_POSITIONS = 'int lineno, int col_offset, int? end_lineno, int? end_col_offset'
_GRAMMAR = [
    ('mod', '', [
        'Module(stmt* body, type_ignore* type_ignores)', 'Interactive(stmt* body)', 'Expression(expr body)',
        'FunctionType(expr* argtypes, expr returns)']),
    ('stmt', _POSITIONS, [
        'FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, '
        'string? type_comment, type_param* type_params)',
        'AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, '
        'string? type_comment, type_param* type_params)',
        'ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, '
        'type_param* type_params)',
        'Return(expr? value)', 'Delete(expr* targets)', 'Assign(expr* targets, expr value, string? type_comment)',
        'TypeAlias(expr name, type_param* type_params, expr value)',
        'AugAssign(expr target, operator op, expr value)',
        'AnnAssign(expr target, expr annotation, expr? value, int simple)',
        'For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)',
        'AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)',
        'While(expr test, stmt* body, stmt* orelse)', 'If(expr test, stmt* body, stmt* orelse)',
        'With(withitem* items, stmt* body, string? type_comment)',
        'AsyncWith(withitem* items, stmt* body, string? type_comment)',
        'Match(expr subject, match_case* cases)', 'Raise(expr? exc, expr? cause)',
        'Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)',
        'TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)',
        'Assert(expr test, expr? msg)', 'Import(alias* names)',
        'ImportFrom(identifier? module, alias* names, int? level)',
        'Global(identifier* names)', 'Nonlocal(identifier* names)', 'Expr(expr value)', 'Pass', 'Break',
        'Continue']),
    ('expr', _POSITIONS, [
        'BoolOp(boolop op, expr* values)', 'NamedExpr(expr target, expr value)',
        'BinOp(expr left, operator op, expr right)', 'UnaryOp(unaryop op, expr operand)',
        'Lambda(arguments args, expr body)', 'IfExp(expr test, expr body, expr orelse)',
        'Dict(expr* keys, expr* values)', 'Set(expr* elts)', 'ListComp(expr elt, comprehension* generators)',
        'SetComp(expr elt, comprehension* generators)',
        'DictComp(expr key, expr value, comprehension* generators)',
        'GeneratorExp(expr elt, comprehension* generators)', 'Await(expr value)', 'Yield(expr? value)',
        'YieldFrom(expr value)', 'Compare(expr left, cmpop* ops, expr* comparators)',
        'Call(expr func, expr* args, keyword* keywords)',
        'FormattedValue(expr value, int conversion, expr? format_spec)', 'JoinedStr(expr* values)',
        'Constant(constant value, string? kind)', 'Attribute(expr value, identifier attr, expr_context ctx)',
        'Subscript(expr value, expr slice, expr_context ctx)', 'Starred(expr value, expr_context ctx)',
        'Name(identifier id, expr_context ctx)', 'List(expr* elts, expr_context ctx)',
        'Tuple(expr* elts, expr_context ctx)', 'Slice(expr? lower, expr? upper, expr? step)']),
    ('expr_context', '', ['Load', 'Store', 'Del']),
    ('boolop', '', ['And', 'Or']),
    ('operator', '', ['Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift', 'BitOr',
                      'BitXor', 'BitAnd', 'FloorDiv']),
    ('unaryop', '', ['Invert', 'Not', 'UAdd', 'USub']),
    ('cmpop', '', ['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn']),
    ('comprehension(expr target, expr iter, expr* ifs, int is_async)', '', None),
    ('excepthandler', _POSITIONS, ['ExceptHandler(expr? type, identifier? name, stmt* body)']),
    ('arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, '
     'expr* defaults)', '', None),
    ('arg(identifier arg, expr? annotation, string? type_comment)', _POSITIONS, None),
    ('keyword(identifier? arg, expr value)', _POSITIONS, None),
    ('alias(identifier name, identifier? asname)', _POSITIONS, None),
    ('withitem(expr context_expr, expr? optional_vars)', '', None),
    ('match_case(pattern pattern, expr? guard, stmt* body)', '', None),
    ('pattern', 'int lineno, int col_offset, int end_lineno, int end_col_offset', [
        'MatchValue(expr value)', 'MatchSingleton(constant value)', 'MatchSequence(pattern* patterns)',
        'MatchMapping(expr* keys, pattern* patterns, identifier? rest)',
        'MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)',
        'MatchStar(identifier? name)', 'MatchAs(pattern? pattern, identifier? name)',
        'MatchOr(pattern* patterns)']),
    ('type_ignore', '', ['TypeIgnore(int lineno, string tag)']),
    ('type_param', 'int lineno, int col_offset, int end_lineno, int end_col_offset', [
        'TypeVar(identifier name, expr? bound)', 'ParamSpec(identifier name)', 'TypeVarTuple(identifier name)']),
]

# For each class: its fields as (name, kind) with kind '' (required), '?' (optional) or '*' (list), and their types.
_FIELD_KINDS = {}
_FIELD_TYPES = {}


def _parse_fields(text):
    fields = []
    for part in text.split(','):
        part = part.strip()
        if part:
            type_name, name = part.split()
            fields.append((name, type_name[-1] if type_name[-1] in '?*' else ''))
    return fields


def _make_class(declaration, base, attributes):
    name, _, rest = declaration.partition('(')
    fields = _parse_fields(rest.rstrip(')'))
    namespace = {
        '_fields': tuple(f for f, _ in fields),
        '__match_args__': tuple(f for f, _ in fields),
        '_attributes': tuple(f for f, _ in attributes),
        '__doc__': declaration,
        '__module__': __name__,
    }
    for field, kind in fields + attributes:
        if kind == '?':
            namespace[field] = None
    cls = type(name, (base,), namespace)
    _FIELD_KINDS[name] = fields
    _FIELD_TYPES[name] = {part.split()[1]: part.split()[0].rstrip('?*') for part in rest.rstrip(')').split(',')
                          if part.strip()}
    globals()[name] = cls
    return cls


def _build_classes():
    for declaration, positions, constructors in _GRAMMAR:
        attributes = _parse_fields(positions)
        if constructors is None:
            _make_class(declaration, AST, attributes)
            continue
        base = type(declaration, (AST,), {'__module__': __name__, '_attributes': tuple(f for f, _ in attributes),
                                          '__doc__': None})
        for field, kind in attributes:
            if kind == '?':
                setattr(base, field, None)
        globals()[declaration] = base
        for constructor in constructors:
            _make_class(constructor, base, attributes)


_build_classes()
del _build_classes


# The node classes Python 3.8 replaced by Constant, kept (deprecated) until 3.14: reading ast.Num and the others
# warns (the first time); calling one makes a Constant; isinstance() asks whether a Constant's value has the class's kind; the
# Constant attributes n and s stand for value. A program's own subclass of one makes instances of itself.

def _warn_deprecated(text):
    import warnings
    warnings.warn(text, DeprecationWarning, stacklevel=3)


def _value_alias(name):
    def get(self):
        _warn_deprecated(f"Attribute {name} is deprecated and will be removed in Python 3.14; use value instead")
        return self.value

    def set(self, value):
        _warn_deprecated(f"Attribute {name} is deprecated and will be removed in Python 3.14; use value instead")
        self.value = value

    return property(get, set)


Constant.n = _value_alias('n')
Constant.s = _value_alias('s')


class _DeprecatedNodeType(type):
    def __instancecheck__(cls, instance):
        if cls in _DEPRECATED_KINDS:
            _warn_deprecated(f"ast.{cls.__name__} is deprecated and will be removed in Python 3.14; "
                             f"use ast.Constant instead")
        if not isinstance(instance, Constant):
            return type.__instancecheck__(cls, instance)
        kinds = _DEPRECATED_KINDS.get(cls)
        if kinds is None:
            return type.__instancecheck__(cls, instance)
        value = instance.value
        if not kinds:
            return value is ...  # Ellipsis
        return isinstance(value, kinds) and not (isinstance(value, bool) and bool not in kinds)


def _deprecated_node(name, fields):
    def __new__(cls, *args, **kwargs):
        own_fields = cls._fields
        for key in kwargs:
            if key in own_fields and own_fields.index(key) < len(args):
                raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
        if cls in _DEPRECATED_KINDS:
            _warn_deprecated(f"ast.{cls.__name__} is deprecated and will be removed in Python 3.14; "
                             f"use ast.Constant instead")
            if cls.__name__ == 'Ellipsis':
                return Constant(..., *args, **kwargs)
            return Constant(*args, **kwargs)
        return Constant.__new__(cls)

    namespace = {'__new__': __new__, '__module__': __name__,
                 '__doc__': 'Deprecated AST node class. Use ast.Constant instead'}
    if fields is not None:
        namespace['_fields'] = fields
    return _DeprecatedNodeType(name, (Constant,), namespace)


_DEPRECATED_NODES = {}
for _name, _fields, _kinds in [('Num', ('n',), (int, float, complex)), ('Str', ('s',), (str,)),
                               ('Bytes', ('s',), (bytes,)), ('NameConstant', None, (type(None), bool)),
                               ('Ellipsis', (), ())]:
    _DEPRECATED_NODES[_name] = (_deprecated_node(_name, _fields), _kinds)
_DEPRECATED_KINDS = {cls: kinds for cls, kinds in _DEPRECATED_NODES.values()}
del _name, _fields, _kinds


def __getattr__(name):
    if name in _DEPRECATED_NODES:
        # the first read warns; the class is a global of the module from then on
        value = globals()[name] = _DEPRECATED_NODES[name][0]
        _warn_deprecated(f"ast.{name} is deprecated and will be removed in Python 3.14; use ast.Constant instead")
        return value
    raise AttributeError(f"module 'ast' has no attribute '{name}'")


def _node(value):
    """A node object from the plain values _krait_ast.parse gives (see AstModule.java)."""
    if isinstance(value, tuple):
        name, names, values, positions = value
        node = globals()[name].__new__(globals()[name])
        given = dict(zip(names, map(_node, values)))
        for field, kind in _FIELD_KINDS[name]:
            if field in given:
                node.__dict__[field] = given[field]
            else:
                node.__dict__[field] = [] if kind == '*' else None
        if positions is not None:
            d = node.__dict__
            d['lineno'], d['col_offset'], d['end_lineno'], d['end_col_offset'] = positions
        return node
    if isinstance(value, list):
        return [_node(item) for item in value]
    return value


def _base_name(cls):
    """The asdl type a node class belongs to (stmt for Expr, expr for Name...), or its own name for products."""
    for base in cls.__mro__:
        if base.__bases__ == (AST,):
            return base.__name__
    return cls.__name__


def _plain(node):
    """A tree of node objects as the plain values _krait_ast.compile reads (the form parse's results come in)."""
    if isinstance(node, list):
        return [_plain(item) for item in node]
    if not isinstance(node, AST):
        return node
    cls = type(node)
    name = cls.__name__
    if name not in _FIELD_KINDS:
        raise TypeError(f'expected some sort of {_base_name(cls)}, but got {node!r}')
    positions = None
    if 'lineno' in cls._attributes:
        lineno = getattr(node, 'lineno', None)
        col_offset = getattr(node, 'col_offset', None)
        for attr, value in (('lineno', lineno), ('col_offset', col_offset)):
            if value is None:
                raise TypeError(f'required field "{attr}" missing from {_base_name(cls)}')
        end_lineno = getattr(node, 'end_lineno', None)
        end_col_offset = getattr(node, 'end_col_offset', None)
        positions = (lineno, col_offset, lineno if end_lineno is None else end_lineno,
                     col_offset if end_col_offset is None else end_col_offset)
    names = []
    values = []
    for field, kind in _FIELD_KINDS[name]:
        try:
            value = getattr(node, field)
        except AttributeError:
            if kind == '':
                raise TypeError(f'required field "{field}" missing from {name}') from None
            value = [] if kind == '*' else None
        if value is None and kind == '' and name not in ('Constant', 'MatchSingleton'):
            raise TypeError(f'required field "{field}" missing from {name}')
        if kind == '*' and not isinstance(value, list):
            raise TypeError(f'{name} field "{field}" must be a list, not a {type(value).__name__}')
        expected = globals().get(_FIELD_TYPES[name][field])
        if isinstance(expected, type) and issubclass(expected, AST):
            for item in (value if kind == '*' else [value]):
                if isinstance(item, AST) and not isinstance(item, expected):
                    raise TypeError(f'expected some sort of {expected.__name__}, but got {item!r}')
        names.append(field)
        values.append(_plain(value))
    return (name, tuple(names), tuple(values), positions)


# The fields whose expressions are assigned to or deleted; every other expression is loaded.
_STORE_FIELDS = {('Assign', 'targets'), ('AugAssign', 'target'), ('AnnAssign', 'target'), ('For', 'target'),
                 ('AsyncFor', 'target'), ('withitem', 'optional_vars'), ('comprehension', 'target'),
                 ('NamedExpr', 'target')}
_DEL_FIELDS = {('Delete', 'targets')}


def _check_contexts(node, expected):
    """ValueError, as CPython's validator, where an expression's ctx is not the one its place needs."""
    if isinstance(node, list):
        for item in node:
            _check_contexts(item, expected)
        return
    if not isinstance(node, AST):
        return
    has_context = isinstance(node, (Name, Attribute, Subscript, Starred, List, Tuple))
    if has_context and not isinstance(node.ctx, expected):
        raise ValueError(f'expression must have {expected.__name__} context but has '
                         f'{type(node.ctx).__name__} instead')
    for field, value in iter_fields(node):
        key = (type(node).__name__, field)
        if key in _STORE_FIELDS:
            inner = Store
        elif key in _DEL_FIELDS:
            inner = Del
        elif isinstance(node, (List, Tuple, Starred)) and field in ('elts', 'value'):
            inner = expected
        else:
            inner = Load
        _check_contexts(value, inner)


def _compile(tree, filename, mode, optimize=-1):
    """compile() of a tree: Krait's code object for it."""
    expected = {'exec': Module, 'eval': Expression, 'single': Interactive}.get(mode)
    if expected is None:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if not isinstance(tree, expected):
        raise TypeError(f'expected {expected.__name__} node, got {type(tree).__name__}')
    plain = _plain(tree)
    _check_contexts(tree, Load)
    return _krait_ast.compile(plain, filename, mode, optimize)


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parses source into a tree of AST nodes (as compile(source, filename, mode, PyCF_ONLY_AST))."""
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    elif not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if not isinstance(filename, str):
        import os
        filename = os.fsdecode(filename)
    if mode not in ('exec', 'eval', 'single'):
        if mode == 'func_type':
            raise NotImplementedError("ast.parse mode 'func_type' is not supported by Krait yet")
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    return _node(_krait_ast.parse(source, filename, mode))


def literal_eval(node_or_string):
    """Evaluates a node or a string holding only a Python literal or container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        message = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            message += f' on line {line}'
        raise ValueError(message + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed_number(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text: ast.dump as CPython writes it."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            all_simple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                text, simple = fmt(value, level)
                all_simple = all_simple and simple
                args.append(f'{name}={text}' if keywords else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = fmt(value, level)
                    all_simple = all_simple and simple
                    args.append(f'{name}={text}')
            if all_simple and len(args) <= 3:
                return f"{cls.__name__}({', '.join(args)})", not args
            return f'{cls.__name__}({prefix}{sep.join(args)})', False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return f'[{prefix}{sep.join(fmt(item, level)[0] for item in node)}]', False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {node.__class__.__name__!r}')
    return fmt(node)[0]


def copy_location(new_node, old_node):
    """Copies the source positions of old_node to new_node; returns new_node."""
    for attr in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node without positions those of its parent (1 and 0 at the top)."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Moves node and everything under it n lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end_lineno = getattr(child, 'end_lineno', 0)
            if end_lineno is not None:
                child.end_lineno = end_lineno + n
    return node


def iter_fields(node):
    """(name, value) for each field node has."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly under node: its node fields and the nodes in its list fields."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """node and every node under it, breadth first."""
    todo = _deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{node.__class__.__name__!r} can't have docstrings")
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _split_lines(source):
    """The lines of source with their ends, split at \\n, \\r\\n and \\r only."""
    lines = []
    start = 0
    for i, c in enumerate(source):
        if c == '\n' or c == '\r' and source[i + 1:i + 2] != '\n':
            lines.append(source[start:i + 1])
            start = i + 1
    if start < len(source):
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None when node has no positions."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = ''.join(c if c.isspace() else ' ' for c in lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


class NodeVisitor:
    """Walks a tree calling visit_<ClassName> for each node (generic_visit when there is none)."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node (None removes it, a list splices)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        if not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


# ---- unparse ----

# Operator precedences, lowest first, as CPython's unparser orders them
(_NAMED_EXPR, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _EXPR, _BXOR, _BAND, _SHIFT, _ARITH, _TERM, _FACTOR,
 _POWER, _AWAIT, _ATOM) = range(18)
_BOR = _EXPR

_BINOPS = {'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM), 'MatMult': ('@', _TERM),
           'Div': ('/', _TERM), 'Mod': ('%', _TERM), 'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT),
           'BitOr': ('|', _BOR), 'BitXor': ('^', _BXOR), 'BitAnd': ('&', _BAND), 'FloorDiv': ('//', _TERM),
           'Pow': ('**', _POWER)}
_UNARYOPS = {'Invert': ('~', _FACTOR), 'Not': ('not ', _NOT), 'UAdd': ('+', _FACTOR), 'USub': ('-', _FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
           'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_ALL_QUOTES = ("'", '"', '"""', "'''")
_MULTI_QUOTES = ('"""', "'''")


def _unicode_escape(c):
    """c as the unicode_escape codec writes it."""
    special = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}
    if c in special:
        return special[c]
    code = ord(c)
    if code < 0x100:
        return f'\\x{code:02x}'
    if code < 0x10000:
        return f'\\u{code:04x}'
    return f'\\U{code:08x}'


def _quotable(text, quotes, escape_whitespace=False):
    """text escaped for a string literal (backslashes and unprintable characters; newlines and tabs only when
    escape_whitespace) and the quotes, from those given, that can enclose it, best first."""
    def escape(c):
        if not escape_whitespace and c in '\n\t':
            return c
        if c == '\\' or not c.isprintable():
            return _unicode_escape(c)
        return c
    escaped = ''.join(map(escape, text))
    usable = list(quotes)
    if '\n' in escaped:
        usable = [q for q in usable if q in _MULTI_QUOTES]
    usable = [q for q in usable if q not in escaped]
    if not usable:
        text = repr(text)
        quote = next((q for q in quotes if text[0] in q), text[0])
        return text[1:-1], [quote]
    if escaped:
        usable.sort(key=lambda q: q[0] == escaped[-1])
        if usable[0][0] == escaped[-1]:
            escaped = escaped[:-1] + '\\' + escaped[-1]
    return escaped, usable


_INFINITY = '1e' + repr(__import__('sys').float_info.max_10_exp + 1)


class _Unparser(NodeVisitor):
    def __init__(self):
        self._source = []
        self._indent = 0
        self._precedences = {}

    def run(self, node):
        self.traverse(node)
        return ''.join(self._source)

    def write(self, *texts):
        self._source.extend(texts)

    def fill(self, text=''):
        if self._source:
            self.write('\n')
        self.write('    ' * self._indent + text)

    def maybe_newline(self):
        if self._source:
            self.write('\n')

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def precedence(self, node):
        return self._precedences.get(node, _TEST)

    def set_precedence(self, precedence, *nodes):
        for node in nodes:
            self._precedences[node] = precedence

    def parens_if(self, condition, inner):
        if condition:
            self.write('(')
        inner()
        if condition:
            self.write(')')

    def interleave(self, separator, each, items):
        for i, item in enumerate(items):
            if i:
                self.write(separator)
            each(item)

    def items(self, items):
        if len(items) == 1:
            self.traverse(items[0])
            self.write(',')
        else:
            self.interleave(', ', self.traverse, items)

    def block(self, body):
        self.write(':')
        self._indent += 1
        self.traverse(body)
        self._indent -= 1

    def body_with_docstring(self, node):
        body = node.body
        if body and isinstance(body[0], Expr) and isinstance(body[0].value, Constant) \
                and isinstance(body[0].value.value, str):
            self.fill()
            if body[0].value.kind == 'u':
                self.write('u')
            self.write(self._docstring(body[0].value.value))
            body = body[1:]
        self.traverse(body)

    @staticmethod
    def _docstring(text):
        text, quotes = _quotable(text, _MULTI_QUOTES)
        return quotes[0] + text + quotes[0]

    # statements

    def visit_Module(self, node):
        self.body_with_docstring(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        def inner():
            self.set_precedence(_ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(' := ')
            self.traverse(node.value)
        self.parens_if(_NAMED_EXPR < self.precedence(node), inner)

    def visit_Import(self, node):
        self.fill('import ')
        self.interleave(', ', self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.interleave(', ', self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINOPS[type(node.op).__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        self.parens_if(not node.simple and isinstance(node.target, Name), lambda: self.traverse(node.target))
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.interleave(', ', self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def visit_Await(self, node):
        def inner():
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_precedence(_ATOM, node.value)
                self.traverse(node.value)
        self.parens_if(_AWAIT < self.precedence(node), inner)

    def visit_Yield(self, node):
        def inner():
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_precedence(_ATOM, node.value)
                self.traverse(node.value)
        self.parens_if(_YIELD < self.precedence(node), inner)

    def visit_YieldFrom(self, node):
        def inner():
            self.write('yield from ')
            self.set_precedence(_ATOM, node.value)
            self.traverse(node.value)
        self.parens_if(_YIELD < self.precedence(node), inner)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def _try(self, node, star):
        self.fill('try')
        self.block(node.body)
        for handler in node.handlers:
            self._handler(handler, star)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)
        if node.finalbody:
            self.fill('finally')
            self.block(node.finalbody)

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def _handler(self, node, star):
        self.fill('except*' if star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ' + node.name)
        self.block(node.body)

    def visit_ExceptHandler(self, node):
        self._handler(node, False)

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for decorator in node.decorator_list:
            self.fill('@')
            self.traverse(decorator)
        self.fill('class ' + node.name)
        self._type_params(node)
        if node.bases or node.keywords:
            self.write('(')
            self.interleave(', ', self.traverse, node.bases + node.keywords)
            self.write(')')
        self.write(':')
        self._indent += 1
        self.body_with_docstring(node)
        self._indent -= 1

    def _function(self, node, keyword):
        self.maybe_newline()
        for decorator in node.decorator_list:
            self.fill('@')
            self.traverse(decorator)
        self.fill(keyword + ' ' + node.name)
        self._type_params(node)
        self.write('(')
        self.traverse(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        self.write(':')
        self._indent += 1
        self.body_with_docstring(node)
        self._indent -= 1

    def visit_FunctionDef(self, node):
        self._function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _type_params(self, node):
        if getattr(node, 'type_params', None):
            self.write('[')
            self.interleave(', ', self.traverse, node.type_params)
            self.write(']')

    def visit_TypeVar(self, node):
        self.write(node.name)
        if node.bound:
            self.write(': ')
            self.traverse(node.bound)

    def visit_TypeVarTuple(self, node):
        self.write('*' + node.name)

    def visit_ParamSpec(self, node):
        self.write('**' + node.name)

    def visit_TypeAlias(self, node):
        self.fill('type ')
        self.traverse(node.name)
        self._type_params(node)
        self.write(' = ')
        self.traverse(node.value)

    def _for(self, node, keyword):
        self.fill(keyword + ' ')
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_For(self, node):
        self._for(node, 'for')

    def visit_AsyncFor(self, node):
        self._for(node, 'async for')

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        self.block(node.body)
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def _with(self, node, keyword):
        self.fill(keyword + ' ')
        self.interleave(', ', self.traverse, node.items)
        self.block(node.body)

    def visit_With(self, node):
        self._with(node, 'with')

    def visit_AsyncWith(self, node):
        self._with(node, 'async with')

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        self.write(':')
        self._indent += 1
        for case in node.cases:
            self.traverse(case)
        self._indent -= 1

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        self.block(node.body)

    # expressions

    def visit_JoinedStr(self, node):
        self.write('f')
        parts = [(self._fstring_inner(value), isinstance(value, Constant)) for value in node.values]
        quotes = list(_ALL_QUOTES)
        texts = []
        for text, constant in parts:
            if constant:
                text, usable = _quotable(text, quotes, escape_whitespace=True)
                if set(usable).isdisjoint(quotes):
                    # no quote fits every part: triple single quotes, the constant parts escaped by repr
                    quotes = ["'''"]
                    texts = [repr('"' + t)[2:-1] if c else t for t, c in parts]
                    break
                quotes = usable
            elif '\n' in text:
                quotes = [q for q in quotes if q in _MULTI_QUOTES]
            texts.append(text)
        self.write(quotes[0] + ''.join(texts) + quotes[0])

    def visit_FormattedValue(self, node):
        inner = _Unparser()
        inner.set_precedence(_TEST + 1, node.value)
        expression = inner.run(node.value)
        self.write('{')
        if expression.startswith('{'):
            self.write(' ')
        self.write(expression)
        if node.conversion != -1:
            self.write('!' + chr(node.conversion))
        if node.format_spec:
            self.write(':' + self._fstring_inner(node.format_spec, format_spec=True))
        self.write('}')

    def _fstring_inner(self, node, format_spec=False):
        if isinstance(node, JoinedStr):
            return ''.join(self._fstring_inner(value, format_spec) for value in node.values)
        if isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace('{', '{{').replace('}', '}}')
            if format_spec:
                text = text.replace('\\', '\\\\').replace("'", "\\'").replace('"', '\\"').replace('\n', '\\n')
            return text
        if isinstance(node, FormattedValue):
            inner = _Unparser()
            inner.visit_FormattedValue(node)
            return ''.join(inner._source)
        raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def visit_Name(self, node):
        self.write(node.id)

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.interleave(', ', lambda v: self.write(self._constant(v)), value)
            if len(value) == 1:
                self.write(',')
            self.write(')')
            return
        if node.kind == 'u':
            self.write('u')
        self.write(self._constant(value))

    @staticmethod
    def _constant(value):
        if value is ...:
            return '...'
        if isinstance(value, float):
            return repr(value).replace('inf', _INFINITY)
        if isinstance(value, complex):
            return repr(value).replace('inf', _INFINITY)
        return repr(value)

    def visit_List(self, node):
        self.write('[')
        self.interleave(', ', self.traverse, node.elts)
        self.write(']')

    def _comprehension_display(self, node, opening, closing, key=None):
        self.write(opening)
        if key is not None:
            self.traverse(key)
            self.write(': ')
        self.traverse(node.value if key is not None else node.elt)
        for generator in node.generators:
            self.traverse(generator)
        self.write(closing)

    def visit_ListComp(self, node):
        self._comprehension_display(node, '[', ']')

    def visit_GeneratorExp(self, node):
        self._comprehension_display(node, '(', ')')

    def visit_SetComp(self, node):
        self._comprehension_display(node, '{', '}')

    def visit_DictComp(self, node):
        self._comprehension_display(node, '{', '}', key=node.key)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(_TEST + 1, node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.traverse(condition)

    def visit_IfExp(self, node):
        def inner():
            self.set_precedence(_TEST + 1, node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.set_precedence(_TEST, node.orelse)
            self.traverse(node.orelse)
        self.parens_if(_TEST < self.precedence(node), inner)

    def visit_Set(self, node):
        if node.elts:
            self.write('{')
            self.interleave(', ', self.traverse, node.elts)
            self.write('}')
        else:
            self.write('{*()}')

    def visit_Dict(self, node):
        def pair(item):
            key, value = item
            if key is None:
                self.write('**')
                self.set_precedence(_EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(': ')
                self.traverse(value)
        self.write('{')
        self.interleave(', ', pair, list(zip(node.keys, node.values)))
        self.write('}')

    def visit_Tuple(self, node):
        self.parens_if(len(node.elts) == 0 or self.precedence(node) > _TUPLE, lambda: self.items(node.elts))

    def visit_UnaryOp(self, node):
        operator, precedence = _UNARYOPS[type(node.op).__name__]

        def inner():
            self.write(operator)
            self.set_precedence(precedence, node.operand)
            self.traverse(node.operand)
        self.parens_if(precedence < self.precedence(node), inner)

    def visit_BinOp(self, node):
        operator, precedence = _BINOPS[type(node.op).__name__]

        def inner():
            if operator == '**':
                left, right = precedence + 1, precedence
            else:
                left, right = precedence, precedence + 1
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(f' {operator} ')
            self.set_precedence(right, node.right)
            self.traverse(node.right)
        self.parens_if(precedence < self.precedence(node), inner)

    def visit_Compare(self, node):
        def inner():
            self.set_precedence(_CMP + 1, node.left, *node.comparators)
            self.traverse(node.left)
            for op, comparator in zip(node.ops, node.comparators):
                self.write(' ' + _CMPOPS[type(op).__name__] + ' ')
                self.traverse(comparator)
        self.parens_if(_CMP < self.precedence(node), inner)

    def visit_BoolOp(self, node):
        operator = 'and' if isinstance(node.op, And) else 'or'
        precedence = _AND if operator == 'and' else _OR
        level = precedence

        def each(value):
            nonlocal level
            level += 1
            self.set_precedence(level, value)
            self.traverse(value)
        self.parens_if(precedence < self.precedence(node),
                       lambda: self.interleave(f' {operator} ', each, node.values))

    def visit_Attribute(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def visit_Call(self, node):
        self.set_precedence(_ATOM, node.func)
        self.traverse(node.func)
        self.write('(')
        self.interleave(', ', self.traverse, node.args + node.keywords)
        self.write(')')

    def visit_Subscript(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)
        self.write('[')
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.items(node.slice.elts)
        else:
            self.traverse(node.slice)
        self.write(']')

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(_EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (arg, default) in enumerate(zip(positional, defaults), 1):
            if first:
                first = False
            else:
                self.write(', ')
            self.traverse(arg)
            if default:
                self.write('=')
                self.traverse(default)
            if index == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            if first:
                first = False
            else:
                self.write(', ')
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            self.write(', ')
            self.traverse(arg)
            if default:
                self.write('=')
                self.traverse(default)
        if node.kwarg:
            if not first:
                self.write(', ')
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg + '=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        def inner():
            self.write('lambda')
            with_args = _Unparser()
            text = with_args.run(node.args)
            if text:
                self.write(' ' + text)
            self.write(': ')
            self.set_precedence(_TEST, node.body)
            self.traverse(node.body)
        self.parens_if(_TEST < self.precedence(node), inner)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.write(repr(node.value))

    def visit_MatchSequence(self, node):
        self.write('[')
        self.interleave(', ', self.traverse, node.patterns)
        self.write(']')

    def visit_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def visit_MatchMapping(self, node):
        def pair(item):
            key, pattern = item
            self.traverse(key)
            self.write(': ')
            self.traverse(pattern)
        self.write('{')
        self.interleave(', ', pair, list(zip(node.keys, node.patterns)))
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def visit_MatchClass(self, node):
        self.set_precedence(_ATOM, node.cls)
        self.traverse(node.cls)
        self.write('(')
        parts = [lambda p=p: self.traverse(p) for p in node.patterns]
        for attr, pattern in zip(node.kwd_attrs, node.kwd_patterns):
            def part(attr=attr, pattern=pattern):
                self.write(attr + '=')
                self.traverse(pattern)
            parts.append(part)
        self.interleave(', ', lambda part: part(), parts)
        self.write(')')

    def visit_MatchAs(self, node):
        if node.pattern is None:
            self.write(node.name if node.name is not None else '_')
            return

        def inner():
            self.set_precedence(_BOR, node.pattern)
            self.traverse(node.pattern)
            self.write(' as ' + node.name)
        self.parens_if(_TEST < self.precedence(node), inner)

    def visit_MatchOr(self, node):
        def inner():
            self.set_precedence(_BOR + 1, *node.patterns)
            self.interleave(' | ', self.traverse, node.patterns)
        self.parens_if(_BOR < self.precedence(node), inner)


def unparse(ast_obj):
    """Source text that parses to ast_obj (formatting and comments are not kept)."""
    return _Unparser().run(ast_obj)
