"""Reading and comparing the text of `ast.dump` (the format of `pyfront parse` and tools/oracle).

Imported by tools/conform and tools/make-parse-goldens (host side, Debian's python3). A dump
such as

    Module(body=[Expr(value=Constant(value=1, lineno=1, col_offset=0, ...))])

is read into a tree of Node(name, [(field, value), ...]), lists and atoms (the repr text of a
leaf: "1", "'abc'", "None", "Ellipsis"). The reader is a loop over an explicit stack, not a
recursive parser: CPython's own parser refuses more than 200 nested parentheses, and the
dump of `a + b + ... + z` nests one Call-like level per operator.

What the tools do with the trees:
  strip_attributes(tree)   the dump without positions, i.e. what ast.dump(include_attributes=
                           False) prints (TypeIgnore.lineno is a field, not an attribute)
  first_difference(a, b)   the path of the first node where two trees differ, e.g.
                           "Module.body[2](Expr).value(Call).keywords: 1 item vs 2 items"
  dumps(tree)              the text again (single-line form)

Run `python3 tools/astdump.py` to run its self-tests.
"""

import re

POSITION_ATTRIBUTES = ("lineno", "col_offset", "end_lineno", "end_col_offset")


class Node(object):
    __slots__ = ("name", "fields")

    def __init__(self, name, fields):
        self.name = name      # "Constant"
        self.fields = fields  # [("value", "1"), ("lineno", "1"), ...] in dump order

    def get(self, key, default=None):
        for k, v in self.fields:
            if k == key:
                return v
        return default

    def __repr__(self):
        return "Node(%r, %r)" % (self.name, self.fields)


class DumpSyntaxError(ValueError):
    pass


# A token of the dump: punctuation, a string or bytes literal, or a run of other characters
# (names, numbers such as 1e-05, 1j, inf).
TOKEN = re.compile(r"""\s*(?:
    (?P<punct>[()\[\]=,])
  | (?P<string>b?(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"))
  | (?P<word>[^\s()\[\]=,'"]+)
)""", re.VERBOSE | re.DOTALL)


def tokens(text):
    pos = 0
    n = len(text)
    while True:
        m = TOKEN.match(text, pos)
        if not m:
            rest = text[pos:].strip()
            if rest:
                raise DumpSyntaxError("cannot read the dump at character %d: %r" % (pos, text[pos:pos + 40]))
            return
        pos = m.end()
        if m.group("punct"):
            yield "punct", m.group("punct"), m.start("punct")
        elif m.group("string") is not None:
            yield "atom", m.group("string"), m.start("string")
        else:
            yield "word", m.group("word"), m.start("word")
        if pos >= n:
            return


def loads(text):
    """The tree of a dump's text."""
    toks = list(tokens(text))
    toks.append(("end", "", len(text)))
    i = 0
    # Stack of open containers: ("node", Node, pending_key) or ("list", list).
    stack = []
    result = None

    def fail(msg):
        raise DumpSyntaxError("%s at character %d of the dump" % (msg, toks[i][2]))

    def add(value):
        nonlocal result
        if not stack:
            if result is not None:
                fail("two values")
            result = value
            return
        top = stack[-1]
        if top[0] == "list":
            top[1].append(value)
        else:
            if top[2] is None:
                fail("a value without a field name")
            top[1].fields.append((top[2], value))
            top[2] = None

    while True:
        kind, text_, _pos = toks[i]
        if kind == "end":
            break
        if kind == "word" and toks[i + 1][1] == "(" and toks[i + 1][0] == "punct":
            stack.append(["node", Node(text_, []), None])
            i += 2
            # A field name and "=" follow, or ")".
            continue
        if kind == "word" and stack and stack[-1][0] == "node" and stack[-1][2] is None \
                and toks[i + 1][1] == "=":
            stack[-1][2] = text_
            i += 2
            continue
        if kind in ("word", "atom"):
            add(text_)
            i += 1
            continue
        if text_ == "[":
            stack.append(["list", []])
            i += 1
            continue
        if text_ in ")]":
            if not stack:
                fail("unbalanced %r" % text_)
            top = stack.pop()
            if (top[0] == "node") != (text_ == ")"):
                fail("mismatched %r" % text_)
            add(top[1])
            i += 1
            continue
        if text_ == ",":
            i += 1
            continue
        fail("unexpected %r" % text_)
    if stack or result is None:
        raise DumpSyntaxError("the dump ends inside a node or a list")
    return result


def dumps(tree):
    """The single-line text of a tree (ast.dump without indent)."""
    out = []
    stack = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)  # text pieces and atoms alike
        elif isinstance(item, Node):
            parts = ["%s(" % item.name]
            pieces = []
            for k, (key, value) in enumerate(item.fields):
                pieces.append(("" if k == 0 else ", ") + key + "=")
                pieces.append(value)
            pieces.append(")")
            stack.extend(reversed(parts + pieces))
        else:  # list
            pieces = ["["]
            for k, value in enumerate(item):
                if k:
                    pieces.append(", ")
                pieces.append(value)
            pieces.append("]")
            stack.extend(reversed(pieces))
    return "".join(out)


def strip_attributes(tree):
    """A copy of the tree without position attributes (include_attributes=False)."""
    def strip(item):
        if isinstance(item, Node):
            keep = [(k, v) for k, v in item.fields
                    if k not in POSITION_ATTRIBUTES or item.name == "TypeIgnore"]
            return Node(item.name, keep)
        return item
    return _map_tree(tree, strip)


def _map_tree(tree, fn):
    """Applies fn to every node, bottom-up, without recursion; returns the new tree."""
    # Post-order over an explicit stack: (item, built_children_or_None).
    result_stack = []
    work = [(tree, False)]
    while work:
        item, expanded = work.pop()
        if isinstance(item, Node):
            if not expanded:
                work.append((item, True))
                for _k, v in reversed(item.fields):
                    work.append((v, False))
            else:
                n = len(item.fields)
                values = result_stack[len(result_stack) - n:] if n else []
                del result_stack[len(result_stack) - n:]
                result_stack.append(fn(Node(item.name, [(k, v) for (k, _), v in zip(item.fields, values)])))
        elif isinstance(item, list):
            if not expanded:
                work.append((item, True))
                for v in reversed(item):
                    work.append((v, False))
            else:
                n = len(item)
                values = result_stack[len(result_stack) - n:] if n else []
                del result_stack[len(result_stack) - n:]
                result_stack.append(list(values))
        else:
            result_stack.append(item)
    return result_stack[0]


class Difference(object):
    """Where two trees first differ: `path` (readable), `cause` (for grouping many files:
    node type and field, no indexes) and the two sides as short text."""

    def __init__(self, path, cause, left, right):
        self.path, self.cause, self.left, self.right = path, cause, left, right

    def __str__(self):
        return "%s: %s vs %s" % (self.path, self.left, self.right)


def _short(item, limit=80):
    text = dumps(item) if isinstance(item, (Node, list)) else str(item)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def is_position(key, owner):
    return key in POSITION_ATTRIBUTES and owner != "TypeIgnore"


def first_difference(left, right, positions_only=False):
    """The first difference (in dump order) between two trees, or None when equal.

    positions_only: compare the positions only - the check of a tree against its position
    reference, whose other values the structure check has already compared (a reference may
    be another version's tree, e.g. one whose strings have another `kind`). The trees must
    still have the same shape (node types, list lengths, node-valued fields) for their
    positions to be paired; a field whose value is a leaf may differ or be present on one
    side only, and a position the LEFT (reference) tree lacks is not compared (an old
    interpreter has none there: Slice and keyword before 3.9, alias before 3.10)."""
    # Work items: (left, right, path, type of the node holding them, field name), or a
    # Difference already found that is next in dump order.
    work = [(left, right, "", "", "")]
    while work:
        item = work.pop()
        if isinstance(item, Difference):
            return item
        a, b, path, owner, key = item
        if isinstance(a, Node) and isinstance(b, Node):
            if a.name != b.name:
                return Difference(path or "(root)", "%s.%s: node type" % (owner, key) if owner
                                  else "root node type", a.name, b.name)
            here = "%s(%s)" % (path, a.name) if path else a.name
            todo = []
            for k in _merge_keys([k for k, _ in a.fields], [k for k, _ in b.fields]):
                va, vb = a.get(k, _ABSENT), b.get(k, _ABSENT)
                if va is _ABSENT or vb is _ABSENT:
                    present = vb if va is _ABSENT else va
                    if positions_only and (is_position(k, a.name) and va is _ABSENT
                                           or not is_position(k, a.name) and not isinstance(present, (Node, list))):
                        continue
                    todo.append(Difference("%s.%s" % (here, k), "%s.%s: present on one side only" % (a.name, k),
                                           "(omitted)" if va is _ABSENT else _short(va),
                                           "(omitted)" if vb is _ABSENT else _short(vb)))
                    break
                todo.append((va, vb, "%s.%s" % (here, k), a.name, k))
            work.extend(reversed(todo))
        elif isinstance(a, list) and isinstance(b, list):
            todo = [(a[i], b[i], "%s[%d]" % (path, i), owner, key) for i in range(min(len(a), len(b)))]
            if len(a) != len(b):
                todo.append(Difference(path, "%s.%s: list length" % (owner, key),
                                       "%d items" % len(a), "%d items" % len(b)))
            work.extend(reversed(todo))
        elif isinstance(a, (Node, list)) or isinstance(b, (Node, list)):
            return Difference(path, "%s.%s: different kinds of value" % (owner, key), _short(a), _short(b))
        elif a != b and (not positions_only or is_position(key, owner)):
            what = "position" if is_position(key, owner) else "value"
            return Difference(path, "%s.%s: %s" % (owner, key, what), a, b)
    return None


def same_shape(left, right):
    """Whether two trees have the same nodes, lists and node-valued fields (leaf values and
    positions aside): then the positions of one can be checked against the other's."""
    return first_difference(strip_attributes(left), strip_attributes(right), positions_only=True) is None


_ABSENT = object()


def _merge_keys(keys_a, keys_b):
    """Keys of both nodes in dump order (fields come in the same order on both sides)."""
    out = list(keys_a)
    for k in keys_b:
        if k not in out:
            out.append(k)
    return out


# ---------------------------------------------------------------------------------------------
# Self-tests: python3 tools/astdump.py

def _self_test():
    import ast
    src = "@d\ndef f(a, *, b=1):\n    return a[1:2, ...] + b'x' + 'y' + 1e400j\n"
    text = ast.dump(ast.parse(src), include_attributes=True)
    tree = loads(text)
    assert dumps(tree) == text, "round trip"
    assert dumps(strip_attributes(tree)) == ast.dump(ast.parse(src)), "strip_attributes"
    deep = "x = " + " + ".join("a%d" % i for i in range(3000))
    import sys
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(20000)
    try:
        deep_text = ast.dump(ast.parse(deep))
    finally:
        sys.setrecursionlimit(old)
    assert dumps(loads(deep_text)) == deep_text, "deep round trip"
    assert first_difference(tree, tree) is None
    changed = loads(text.replace("arg='b'", "arg='c'"))
    d = first_difference(tree, changed)
    assert d and d.path.endswith("kwonlyargs[0](arg).arg") and d.left == "'b'", str(d)
    no_pos = strip_attributes(tree)
    assert first_difference(no_pos, tree, positions_only=True) is None
    d = first_difference(no_pos, tree)
    assert d and "present on one side" in d.cause, str(d)
    # positions_only: leaf values and leaf fields present on one side are the structure's business
    u = loads(text.replace("value='y'", "value='z', kind='u'"))
    assert first_difference(tree, u) is not None
    assert first_difference(tree, u, positions_only=True) is None and same_shape(tree, u)
    moved = loads(text.replace("col_offset=4", "col_offset=5", 1))
    d = first_difference(tree, moved, positions_only=True)
    assert d and d.cause.endswith("col_offset: position"), str(d)
    assert not same_shape(tree, loads(text.replace("arg='b'", "arg='b', annotation=Name(id='x', ctx=Load())")))
    print("astdump self-tests passed")


if __name__ == "__main__":
    _self_test()
