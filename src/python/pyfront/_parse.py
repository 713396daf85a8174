"""pyfront.parse: ast.parse as any Python 3.0-3.15 would run it, on the interpreter you have.

    >>> import pyfront, ast
    >>> tree = pyfront.parse("async = 1", feature_version=(3, 6))    # a name in 3.6
    >>> ast.dump(tree.body[0].targets[0])
    "Name(id='async', ctx=Store())"
    >>> pyfront.parse("async = 1")                                   # a keyword since 3.7
    Traceback (most recent call last):
      ...
    SyntaxError: invalid syntax

The tree is made of the running interpreter's own `ast` classes, so every tool built on
`ast` (NodeVisitor, unparse, compile) takes it. Its content is what `ast.parse` of the
*requested* version returns, written in the host's node set: 3.6's `Num`/`Str` are
`Constant`, and the shapes that changed between versions follow the requested version
(`with (a, b):` is one item holding a Tuple up to 3.8). A construct the host's `ast` cannot
hold (a 3.12 `type X = int` on a 3.11 host) raises ValueError naming it and its line.
"""
# _ast (built in) rather than ast: the same AST class, without importing the ast module's
# Python code (and its imports) at start-up; the trees themselves are _ast's classes.
import _ast

import _pyfront

__all__ = ["parse"]


def parse(source, filename="<unknown>", mode="exec", *, feature_version=None, type_comments=False):
    """Parse `source` into an AST node exactly as Python `feature_version`'s ast.parse does.

    source           str (already decoded: a coding cookie is ignored, as compile() of a
                     str ignores it), bytes or any buffer (decoded as compile() decodes
                     bytes: UTF-8 BOM, PEP 263 coding cookie), or an ast.AST, returned as is
                     (as compile(..., PyCF_ONLY_AST) returns it).
    filename         used in SyntaxError, as in ast.parse.
    mode             'exec' (a module), 'eval' (an expression), 'single' (an interactive
                     statement) or 'func_type' (a PEP 484 signature type comment).
    feature_version  the Python version whose grammar and tree shapes to follow: None (the
                     running interpreter's), a minor int (6 for 3.6, as ast.parse takes
                     it) or a tuple (3, 6). Any 3.0 to 3.15, whatever the host; exact, where
                     ast.parse's own feature_version is "best effort".
    type_comments    as in ast.parse: `# type:` comments in the tree (3.8+ grammars).

    Errors are those of that version: SyntaxError, IndentationError or TabError with msg,
    filename, lineno, offset, end_lineno, end_offset and text set as CPython sets them.
    """
    if isinstance(source, _ast.AST):
        return source
    return _pyfront.parse(source, filename, mode, feature_version, type_comments)
