"""Shared by the parse tests: the corpus cases (corpus/parse/cases) with their header options,
the goldens, and tools/oracle's 3.14-format dump of a host tree."""
import ast
import importlib.machinery
import importlib.util
import json
import os
import re

SOURCE_DIR = os.environ.get("PYFRONT_SOURCE_DIR") or os.path.abspath(
    os.path.join(os.path.dirname(__file__), "..", ".."))
CASES = os.path.join(SOURCE_DIR, "corpus", "parse", "cases")
GOLDEN = os.path.join(SOURCE_DIR, "corpus", "parse", "golden")


class Case(object):
    def __init__(self, name):
        self.name = name
        with open(os.path.join(CASES, name), "rb") as f:
            self.source = f.read()
        header = self.source.decode("utf-8", "replace")
        mode = re.search(r"^# mode: (\w+)", header, re.M)
        self.mode = mode.group(1) if mode else "exec"
        self.type_comments = re.search(r"^# options:.*\btype_comments\b", header, re.M) is not None

    def golden(self):
        path = os.path.join(GOLDEN, self.name[:-3] + ".json")
        if not os.path.exists(path):
            return {}
        with open(path, encoding="utf-8") as f:
            return json.load(f)["parse"]


def cases():
    return [Case(n) for n in sorted(os.listdir(CASES)) if n.endswith(".py")]


def host_parse(source, filename, mode, type_comments):
    flags = ast.PyCF_ONLY_AST | (ast.PyCF_TYPE_COMMENTS if type_comments else 0)
    return compile(source, filename, mode, flags, dont_inherit=True)


def error_attributes(e):
    """What a test compares of an exception: its type and CPython's SyntaxError attributes."""
    if isinstance(e, SyntaxError):
        return (type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
    return (type(e).__name__, str(e))


def load_oracle():
    """tools/oracle as a module (it has no .py suffix)."""
    path = os.path.join(SOURCE_DIR, "tools", "oracle")
    loader = importlib.machinery.SourceFileLoader("pyfront_oracle", path)
    spec = importlib.util.spec_from_loader("pyfront_oracle", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module
