"""The `_pyfront` functions and pyfront.parse's arguments: what each accepts, what it
raises, and the compile(str) / compile(bytes) reading rules."""
import ast
import os
import stat
import sys
import tempfile
import threading
import unittest

import _pyfront
import pyfront

HOST = sys.version_info[:2]


def error_of(parse, source, filename="<unknown>"):
    """The SyntaxError's (filename, lineno, offset, end_lineno, end_offset, text, msg, type)."""
    try:
        parse(source, filename)
    except SyntaxError as e:
        return e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text, e.msg, type(e)
    raise AssertionError("no SyntaxError for %r" % (source,))


def dump(tree):
    return ast.dump(tree, include_attributes=True)


class SyntaxErrorText(unittest.TestCase):
    """SyntaxError.text as CPython's tokenizer buffers give it (measured on 3.10-3.13)."""

    def text(self, source, mode="exec"):
        with self.assertRaises(SyntaxError) as caught:
            pyfront.parse(source, mode=mode, feature_version=(3, 11))
        return caught.exception.text

    def test_parser_error_keeps_the_break(self):
        self.assertEqual(self.text("x = 1 2\n"), "x = 1 2\n")

    def test_exec_source_gains_a_final_newline(self):
        self.assertEqual(self.text("x = 1 2"), "x = 1 2\n")
        self.assertEqual(self.text("x = 1 2", mode="eval"), "x = 1 2")

    def test_tokenizer_error_drops_the_break(self):
        self.assertEqual(self.text("x = 0777\n"), "x = 0777")
        self.assertEqual(self.text("x = '''abc\ndef\n"), "x = '''abc")

    def test_unclosed_bracket_before_the_last_line(self):
        self.assertEqual(self.text("x = (1,\n  2\n"), "x = (1,")
        self.assertEqual(self.text("a = 1\n(\n"), "(\n")

    def test_fstring_sub_parser_error(self):
        # 3.9-3.11 parsed "(expr)" as a source of its own, with a final newline.
        self.assertEqual(self.text("x = f'{lambda x:}'\n"), "(lambda x)\n")

    def test_multi_line_fstring_token(self):
        self.assertEqual(self.text("x = f'''{a # c\n}'''\n"), "x = f'''{a # c\n}'''\n")


class Arguments(unittest.TestCase):
    def test_feature_version_forms(self):
        for form in (6, (3, 6), (3, 6, 15)):
            tree = pyfront.parse("async = 1", feature_version=form)
            self.assertEqual(tree.body[0].targets[0].id, "async")
        with self.assertRaises(SyntaxError):
            pyfront.parse("async = 1", feature_version=7)
        self.assertEqual(dump(pyfront.parse("x = 1")), dump(pyfront.parse("x = 1", feature_version=HOST)))

    def test_bad_feature_versions(self):
        for bad in (16, (2, 7), (4, 0), -1):
            with self.assertRaisesRegex(ValueError, "not supported: pyfront reads Python 3.0 to 3.15"):
                pyfront.parse("x", feature_version=bad)
        for bad in ("3.6", 3.6, (3, "6"), True):
            with self.assertRaises(TypeError):
                pyfront.parse("x", feature_version=bad)
        with self.assertRaises(ValueError):
            pyfront.parse("x", feature_version=(3,))

    def test_modes(self):
        self.assertIsInstance(pyfront.parse("x + 1", mode="eval"), ast.Expression)
        self.assertIsInstance(pyfront.parse("x = 1", mode="single"), ast.Interactive)
        self.assertIsInstance(pyfront.parse("(int) -> str", mode="func_type"), ast.FunctionType)
        with self.assertRaisesRegex(ValueError, "mode must be 'exec', 'eval', 'single' or 'func_type'"):
            pyfront.parse("x", mode="module")
        with self.assertRaises(TypeError):
            pyfront.parse("x", mode=1)

    def test_source_types(self):
        expected = dump(ast.parse("x = 1\n"))
        for source in ("x = 1\n", b"x = 1\n", bytearray(b"x = 1\n"), memoryview(b"x = 1\n")):
            self.assertEqual(dump(pyfront.parse(source)), expected, type(source))
        with self.assertRaisesRegex(TypeError, "string, bytes or AST object"):
            pyfront.parse(1)
        with self.assertRaises(UnicodeEncodeError):
            pyfront.parse("x = '\udc80'")

    def test_ast_passes_through(self):
        tree = ast.parse("x")
        self.assertIs(pyfront.parse(tree), tree)

    def test_filename_forms(self):
        for name, shown in (("a.py", "a.py"), (b"b.py", "b.py"), (os.path.join("d", "c.py"), os.path.join("d", "c.py"))):
            with self.assertRaises(SyntaxError) as caught:
                pyfront.parse("x = (", name)
            self.assertEqual(caught.exception.filename, shown)


class Reading(unittest.TestCase):
    def test_cookie_applies_to_bytes_only(self):
        source = "# coding: latin-1\nx = 'é'\n"
        # bytes: decoded with the cookie, as compile(bytes) does
        self.assertEqual(pyfront.parse(source.encode("latin-1")).body[0].value.value, "é")
        # str: already decoded; the cookie is a comment, as compile(str) treats it
        self.assertEqual(pyfront.parse(source).body[0].value.value, "é")
        self.assertEqual(dump(pyfront.parse(source)), dump(ast.parse(source)))
        # the same UTF-8 bytes under the latin-1 cookie are two characters
        self.assertEqual(pyfront.parse(source.encode("utf-8")).body[0].value.value, "Ã©")

    def test_bom(self):
        self.assertEqual(dump(pyfront.parse(b"\xef\xbb\xbfx = 1\n")), dump(ast.parse(b"\xef\xbb\xbfx = 1\n")))
        for parse in (ast.parse, pyfront.parse):  # in a str, U+FEFF is a character
            with self.assertRaisesRegex(SyntaxError, "U\\+FEFF"):
                parse("\ufeffx = 1\n")

    def test_error_offsets_count_characters_in_str(self):
        # 3.9-3.12 count bytes for undeclared UTF-8 bytes, characters for str (encoding known)
        for source in ("x = 'é' $\n", "x = 'é' $\n".encode()):
            self.assertEqual(error_of(pyfront.parse, source), error_of(ast.parse, source), source)

    def test_null_bytes(self):
        with self.assertRaisesRegex(ValueError, "null bytes"):
            pyfront.parse(b"x = 1\0", feature_version=6)
        with self.assertRaises(SyntaxError) as caught:
            pyfront.parse(b"x = 1\0", feature_version=12)
        self.assertEqual(caught.exception.args, ("source code string cannot contain null bytes",))

    def test_decoding_error_location(self):
        with self.assertRaises(SyntaxError) as caught:
            pyfront.parse(b"# coding: nope\n", feature_version=12)
        self.assertEqual(caught.exception.args, ("unknown encoding: nope", ("<unknown>", 0, -1, None)))


class Errors(unittest.TestCase):
    def test_syntax_error_attributes(self):
        for source, lineno in (("x = 1\n1 = x\n", 2), ("if x:\n  y\n z\n", 3), ("def f(:\n", 1)):
            got = error_of(pyfront.parse, source, "m.py")
            self.assertEqual(got, error_of(ast.parse, source, "m.py"))
            self.assertEqual(got[:2], ("m.py", lineno))

    def test_no_end_position_before_310(self):
        with self.assertRaises(SyntaxError) as caught:
            pyfront.parse("x = (\n", feature_version=9)
        self.assertEqual((caught.exception.end_lineno, caught.exception.end_offset), (None, None))
        self.assertEqual(caught.exception.msg, "unexpected EOF while parsing")

    def test_error_kinds(self):
        with self.assertRaises(IndentationError):
            pyfront.parse("if x:\npass\n")
        with self.assertRaises(TabError):
            pyfront.parse("if x:\n\tpass\n        pass\n")

    @unittest.skipIf(HOST >= (3, 12), "the host can hold type aliases")
    def test_unrepresentable_on_host(self):
        with self.assertRaisesRegex(ValueError, r"host CPython 3\.11.* \(line 2\)"):
            pyfront.parse("x = 1\ntype X = int\n", feature_version=12)
        with self.assertRaises(SyntaxError):  # 3.11 itself rejects it
            pyfront.parse("type X = int\n", feature_version=11)

    def test_type_comments(self):
        source = "def f(a):  # type: (int) -> str\n    pass\nx = []  # type: list\n"
        for version in ((3, 8), HOST):
            mine = pyfront.parse(source, type_comments=True, feature_version=version)
            self.assertEqual(mine.body[0].type_comment, "(int) -> str")
            self.assertEqual(mine.body[1].type_comment, "list")
        self.assertEqual(dump(pyfront.parse(source, type_comments=True)), dump(ast.parse(source, type_comments=True)))
        self.assertIsNone(pyfront.parse(source).body[0].type_comment)
        # 3.6/3.7 grammars have no type comments: they stay comments
        self.assertIsNone(pyfront.parse(source, type_comments=True, feature_version=6).body[0].type_comment)

    def test_threads_share_the_module(self):
        results = []

        def work():
            for _ in range(30):
                results.append(dump(pyfront.parse("async = [i for i in x]\n", feature_version=6)))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(len(set(results)), 1)
        self.assertEqual(len(results), 120)


class HostObjects(unittest.TestCase):
    """What the conversion to the host's objects promises beyond the tree's text."""

    def test_identifiers_are_interned_and_shared(self):
        # as the host's parser: one interned str per name (marshal shares them by reference)
        tree = pyfront.parse("spam_name = spam_name + obj.spam_name\nimport spam_name.x as spam_name\n")
        names = [n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id != "obj"]
        names += [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)]
        names += [tree.body[1].names[0].asname]
        self.assertEqual(len(names), 4)
        for name in names:
            self.assertIs(name, sys.intern("spam_name"))
        self.assertEqual(tree.body[1].names[0].name, "spam_name.x")
        self.assertIs(tree.body[1].names[0].name, sys.intern("spam_name.x"))

    def test_gc_state_is_kept(self):
        # the collector is paused while a tree is built, and left as the caller had it
        import gc

        was = gc.isenabled()
        try:
            for enabled in (True, False):
                (gc.enable if enabled else gc.disable)()
                pyfront.parse("x = [1, 2]\n" * 50)
                self.assertEqual(gc.isenabled(), enabled)
                if HOST < (3, 12):
                    with self.assertRaises(ValueError):  # fails in the middle of the conversion
                        pyfront.parse("x = 1\ntype T = int\n", feature_version=(3, 12))
                    self.assertEqual(gc.isenabled(), enabled)
        finally:
            (gc.enable if was else gc.disable)()

    def test_import_is_light(self):
        # `import pyfront` (and so `pyfront run`'s start) imports no module it does not need
        import subprocess

        code = ("import sys, pyfront; "
                "print(sorted(m for m in ('ast', 'subprocess', 'sysconfig', 'tempfile', 'argparse') "
                "if m in sys.modules))")
        out = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, check=True,
                             env=dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(pyfront.__file__))))
        self.assertEqual(out.stdout.strip(), "[]")


class Compile(unittest.TestCase):
    def test_code_object_runs(self):
        code = _pyfront.compile(b"async = 6 * 7\n", "m.py", 6)
        namespace = {}
        exec(code, namespace)
        self.assertEqual(namespace["async"], 42)
        self.assertEqual(code.co_filename, "m.py")

    def test_equals_host_compile(self):
        source = b"def f(x):\n    return [y for y in x if y]\nassert f\n"
        for optimize in (0, 1, 2):
            import marshal
            mine = _pyfront.compile(source, "m.py", None, optimize)
            host = compile(source, "m.py", "exec", dont_inherit=True, optimize=optimize)
            self.assertEqual(marshal.dumps(mine), marshal.dumps(host), optimize)

    def test_errors(self):
        with self.assertRaises(SyntaxError) as caught:
            _pyfront.compile(b"x = (", "m.py", 6)
        self.assertEqual(caught.exception.filename, "m.py")
        with self.assertRaisesRegex(SyntaxError, "'return' outside function"):  # the host's compiler
            _pyfront.compile(b"return 1\n", "m.py", 6)
        with self.assertRaises(ValueError):
            _pyfront.compile(b"x", "m.py", 6, 3)


class Cache(unittest.TestCase):
    def test_constants(self):
        self.assertEqual(_pyfront.host_version, HOST)
        self.assertEqual((_pyfront.min_version, _pyfront.max_version), ((3, 0), (3, 15)))
        self.assertRegex(_pyfront.__version__, r"^\d+\.\d+\.\d+$")
        tag = sys.implementation.cache_tag
        self.assertEqual(_pyfront.cache_tag(6), tag + "-36")
        self.assertEqual(_pyfront.cache_tag((3, 10)), tag + "-310")
        self.assertEqual(_pyfront.cache_tag(None), tag)
        self.assertEqual(_pyfront.cache_tag(HOST), tag)

    def test_cache_from_source(self):
        import importlib.util
        tag = sys.implementation.cache_tag
        self.assertEqual(_pyfront.cache_from_source("/p/m.py", 6), "/p/__pycache__/m.%s-36.pyc" % tag)
        for optimization in ("", 1, 2, "2"):
            self.assertEqual(_pyfront.cache_from_source("/p/m.py", HOST, optimization),
                             importlib.util.cache_from_source("/p/m.py", optimization=optimization))
        with self.assertRaises(ValueError):
            _pyfront.cache_from_source("/p/m.py", 6, "x-y")
        saved = sys.pycache_prefix
        try:
            sys.pycache_prefix = "/prefix"
            self.assertEqual(_pyfront.cache_from_source("rel/m.py", 6),
                             "/prefix" + os.getcwd() + "/rel/m.%s-36.pyc" % tag)
        finally:
            sys.pycache_prefix = saved

    def test_write_pyc_atomic(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "a", "__pycache__", "m.pyc")
            _pyfront.write_pyc_atomic(path, b"data", 0o444)
            with open(path, "rb") as f:
                self.assertEqual(f.read(), b"data")
            self.assertTrue(os.stat(path).st_mode & stat.S_IWUSR)  # 0o200 added, as importlib does
            self.assertEqual(os.listdir(os.path.dirname(path)), ["m.pyc"])  # no temporary left
            with self.assertRaises(OSError):
                _pyfront.write_pyc_atomic(os.path.join(path, "below.pyc"), b"x", 0o644)


if __name__ == "__main__":
    unittest.main()
