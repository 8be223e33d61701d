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

# For each class: its fields as (name, kind) with kind '' (required), '?' (optional) or '*' (list).
_FIELD_KINDS = {}


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
