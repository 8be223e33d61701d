"""_ast: the node classes behind the ast module (CPython's C module); Krait's are ast's own."""

from ast import *  # noqa: F401,F403 (every node class)
from ast import AST, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT  # noqa: F401
