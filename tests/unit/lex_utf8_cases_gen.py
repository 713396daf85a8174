#!/usr/bin/env python3
"""Write tests/unit/lex_utf8_cases.inc: what CPython 3.6-3.13 say about sources holding
ill-formed UTF-8 (and a few CRLF endings), for tests/unit/lex_utf8_test.cpp.

Each case is compiled as compile(source_bytes, NAME + ".py", "exec", ast.PyCF_ONLY_AST) with
the file present in the current folder, as imports and the golden corpus do (CPython re-reads
the error's line from the file to turn a byte offset into a column). Every case's error comes
from CPython's tokenizer or from the decoding of a literal, never from its parser, so pyfront's
tokenizer must report it exactly (end positions from 3.10).

Usage: tests/unit/lex_utf8_cases_gen.py > tests/unit/lex_utf8_cases.inc
(interpreters: $(pyenv root)/versions/3.X.*/bin/python)
"""
import ast, json, glob, os, subprocess, sys, tempfile

CASES = [
    ('c01_plain', b"x = '\xff'\n"),
    ('c02_concat_mid', b"x = ('a' '\xff' 'b')\n"),
    ('c03_concat_plus', b"x = 'a' '\xff' + 1\n"),
    ('c04_concat_cont', b"x = 'ok' \\\n  '\xff'\n"),
    ('c05_triple_ml', b"x = '''\n\xff'''\n"),
    ('c06_concat_ml', b"x = 'a' '''\n\xff\n'''\n"),
    ('c07_backslash_run', b"x = 'a\\n\xc3\xa9\xff\xfe b'\n"),
    ('c08_raw', b"x = r'ab\xc3\xa9\xff'\n"),
    ('c09_raw_bs', b"x = r'a\\n\xff'\n"),
    ('c10_u', b"x = u'\xff'\n"),
    ('c11_valid_before', b"x = '\xc3\xa9\xff'\n"),
    ('c12_bom', b"\xef\xbb\xbfx = '\xc3\xa9\xff'\n"),
    ('c13_cookie', b"# coding: utf-8\nx = '\xc3\xa9\xff'\n"),
    ('c14_nonascii_before', b"\xc3\xa9 = 'a' + '\xff'\n"),
    ('c15_bom_nonascii_before', b"\xef\xbb\xbf\xc3\xa9 = 'a' + '\xff'\n"),
    ('c17_second_bad', b"x = 'a' '\xff' '\xfe'\n"),
    ('c18_bom_surr', b"\xef\xbb\xbfx = '\xed\xa0\x80' + 1\n"),
    ('c19_bom_after', b"\xef\xbb\xbfx = '\xff' + '\xc3\xa9'\n"),
    ('c20_bs_run_valid', b"x = '\\n\xc3\xa9\xc3\xa9 \xc3\xa9\xff'\n"),
    ('c21_ml_then_tok', b"x = ('''a\n\xff''',\n  1)\n"),
    ('c22_cookie_l2_bad_at', b"#!x\n# coding: utf-8\nx = 'a'   +   '\xe2\x82' ; y = 2\n"),
    ('c23_stmt_next_line', b"x = ('\xff'\n)\n"),
    ('c24_triple_bs', b"x = '''a\\t\n\xc3\xa9\xff'''\n"),
    ('o01_later_unterminated', b"x = '\xff'\ny = 'abc\n"),
    ('o02_later_unclosed', b"x = '\xff'\ny = (\n"),
    ('o06_later_dedent', b"if x:\n    x = '\xff'\n  y = 1\n"),
    ('o08_later_badnum', b"x = '\xff'\ny = 0b2\n"),
    ('o10_next_tok_unterminated', b"x = '\xff' 'abc\n"),
    ('o13_later_tab', b"if x:\n        y = 1\n\tz = '\xff'\n"),
    ('o15_bad_escape_after', b"x = '\xff'\ny = '\\N{nope}'\n"),
    ('o16_later_eof_in_triple', b"x = '\xff'\ny = '''abc\n"),
    ('o17_bad_ident_later', b"x = '\xff'\ny = a\xe2\x82\xac\n"),
    ('i01_tail', b'ab\xff = 1\n'),
    ('i02_start', b'\xff = 1\n'),
    ('i03_mid_valid', b'x = \xc3\xa9\xffb + 1\n'),
    ('i04_after_valid_line', b'\xc3\xa9 = 1; a\xc3\xa9\xff\xc3\xa9c = 2\n'),
    ('i05_bom', b'\xef\xbb\xbf\xc3\xa9 = 1; a\xc3\xa9\xff\xc3\xa9c = 2\n'),
    ('i06_truncated', b'x = ab\xe2\x82 + 1\n'),
    ('i07_surrogate', b'x = a\xed\xa0\x80b\n'),
    ('i08_after_str', b"x = '\xff' + a\xff\n"),
    ('i09_str_nonascii_before', b"x = '\xc3\xa9' + a\xff\n"),
    ('i10_cookie', b'# coding: utf-8\nx = a\xff\n'),
    ('i11_two_bad', b'x = a\xffb\xfe\n'),
    ('i12_digits', b'x = a1\xff2_\n'),
    ('i13_valid_invalid_char_then_bad', b'x = a\xe2\x82\xac\xff\n'),
    ('i14_multiline_prev', b"x = '''\xc3\xa9\n''' + a\xff\n"),
    ('i15_invalid_start_cp', b'x = \xe2\x82\xac\n'),
    ('f01_plain', b"x = f'\xff'\n"),
    ('f02_after_field', b"x = f'{x}ab\xff'\n"),
    ('f03_spec', b"x = f'{x:\xff}'\n"),
    ('f04_expr_str', b'x = f\'{"\xff"}\'\n'),
    ('f05_raw', b"x = rf'a\\n\xff'\n"),
    ('f06_bs_run', b"x = f'a\\n\xc3\xa9\xff'\n"),
    ('f07_concat_str_first', b"x = 'a' f'\xff' + 1\n"),
    ('f08_concat_str_bad_then_f', b"x = '\xff' f'a' + 1\n"),
    ('f09_second_part', b"x = f'\xc3\xa9{x}b\xc3\xa9\xff'\n"),
    ('f10_bom', b"\xef\xbb\xbfx = f'{x}\xc3\xa9\xff' + 1\n"),
    ('f11_triple_ml', b"x = f'''{x}\n\xff'''\n"),
    ('f12_expr_name', b"x = f'{a\xff}'\n"),
    ('f13_next_line_error', b"x = f'\xff'\ny = 'abc\n"),
    ('f14_str_then_f_bad', b"x = '\xc3\xa9' f'\xff' 'c'\n"),
    ('f15_cookie', b"# coding: utf-8\nx = f'\xff'\n"),
    ('f16_doubled_brace', b"x = f'{{\xff'\n"),
    ('f17_bad_in_first_of_two', b"x = f'\xff{x}\xfe'\n"),
    ('f18_nested_spec', b"x = f'{x:{y}\xff}'\n"),
    ('f19_expr_str_ok_lit_bad', b'x = f\'{"\xc3\xa9"}\xff\'\n'),
    ('e01', b'x = f\'{"\xff"}\'\n'),
    ('e02', b'x = f\'{  "\xff"  }\'\n'),
    ('e03', b'x = f\'{x + "\xff"}\'\n'),
    ('e04', b'x = f\'abc{x}{"\xff" + y}\'\n'),
    ('e05', b'y = 1\nx = f\'{"\xff"}\'\n'),
    ('e06', b'x = f\'\'\'\n{"\xff"}\'\'\'\n'),
    ('e07', b'\xef\xbb\xbfx = f\'{"\xc3\xa9\xff"}\'\n'),
    ('e08', b"x = f'{a\xff}'\n"),
    ('e09', b"x = f'{  bc\xff + 1}'\n"),
    ('e10', b"y = 2\nx = f'abc{x}{bc\xff + 1}'\n"),
    ('e11', b"x = f'{a\xe2\x82\xac}'\n"),
    ('e12', b"x = f'abc{x}{  bc\xe2\x82\xac + 1}'\n"),
    ('e13', b"x = f'''\n{bc\xff}'''\n"),
    ('e14', b'x = f\'{"a" "\xff" "b"}\'\n'),
    ('e15', b'x = f\'{x!r:{"\xff"}}\'\n'),
    ('b01_bom_ascii', b"\xef\xbb\xbfx = 'abc' + '\xff'\n"),
    ('b02_bom_line2', b"\xef\xbb\xbfy = 1\nx = 'abc' + '\xff'\n"),
    ('b03_bom_ml', b"\xef\xbb\xbfx = '''\n\xff'''\n"),
    ('b04_cookie_ml', b"# coding: utf-8\nx = '''\n\xff'''\n"),
    ('b05_cookie_ml_nonascii', b"# coding: utf-8\nx = '''\xc3\xa9\n\xc3\xa9\xff''' + 1\n"),
    ('b07_bom_ident_ascii', b'\xef\xbb\xbfx = abc\xff\n'),
    ('b08_bom_ident_line2', b'\xef\xbb\xbfy = 1\nx = abc\xff\n'),
    ('b09_cookie_ml_valid_err_line', b"# coding: utf-8\nx = '''\xff\n''' + 1\n"),
    ('b10_bom_str_line2_nonascii', b"\xef\xbb\xbfy = 1\nx = '\xc3\xa9' + '\xff'\n"),
    ('b11_nobom_ml_valid_err_line', b"x = '''\xc3\xa9\xff\n\xc3\xa9''' + 1\n"),
    ('b12_cookie_ml_tokbuf', b"# coding: utf-8\nx = '''\xc3\xa9\xc3\xa9\xc3\xa9\n\xff''' + 1\n"),
    ('r01_paren_crlf', b'x = (\r\n'),
    ('r01_paren_lf', b'x = (\n'),
    ('r02_str_crlf', b"x = 1\r\ny = 'abc\r\n"),
    ('r02_str_lf', b"x = 1\ny = 'abc\n"),
    ('r03_triple_crlf', b"x = 1\r\ny = '''abc\r\n"),
    ('r03_triple_lf', b"x = 1\ny = '''abc\n"),
    ('r04_cont_lf', b'x = 1 + \\\n'),
    ('r07_cr_end', b'x = (\r'),
    ('r08_crlf_crlf', b'x = (\r\n\r\n'),
    ('r09_triple_crlf_2', b"y = '''abc\r\ndef\r\n"),
    ('r11_fstr_crlf', b"x = f'{a\r\n"),
    ('r12_bad_ind_crlf', b'if x:\r\n  y\r\n z\r\n'),
    ('r13_def_crlf', b'def f(x):\r\n    return (x,\r\n'),
    ('x01_spec_bs', b"x = f'{x:a\\n\xc3\xa9\xff}'\n"),
    ('x02_ml_first_line', b'x = f\'\'\'{"\xff"}\n\'\'\'\n'),
    ('x03_long_ident', b"x = f'{abcdefghijklmnop\xff}'\n"),
    ('x04_buf_valid_char', b"x = '''a\n''' + a\xe2\x82\xac\n"),
    ('x05_b13', b"# coding: utf-8\n\xc3\xa9 = '''\n\xff''' + 1\n"),
    ('x06_end_clip', b"# coding: utf-8\nx = '''\n\xff and a long tail here'''\n"),
    ('x07_later_linecont', b"x = '\xff'\ny = 1 \\ z\n"),
    ('x08_later_tab', b"if x:\n    y = '\xff'\n\tz = 1\n"),
    ('x09_unclosed_earlier_line', b"x = (1,\n'\xff',\n"),
    ('x10_unclosed_same_line', b"x = ('\xff',\n1,\n"),
    ('x11_later_fstr_err', b"x = '\xff'\ny = f'{}'\n"),
    ('x12_num_then_bad', b'x = 1\xff\n'),
    ('x13_hex_bad', b'x = 0x\xff\n'),
    ('x14_float_bad', b'x = 1.\xff\n'),
    ('x16_later_dedent', b"if x:\n    y = '\xff'\n  z = 1\n"),
    ('x18_ident_pending_lookahead', b"x = '\xff' a\xfe\n"),
    ('x20_ml_fstr_expr_line2_str', b'x = f\'\'\'a\nb{"\xff"}\'\'\'\n'),
    ('x21_fstr_multiline_expr', b'x = f\'\'\'{\n"\xff"}\'\'\'\n'),
    ('x22_long_ident2', b"y = 1\nx = f'abc{abcdefghijklmnopq\xff + 1}'\n"),
    ('y01_paren_str_line_lookahead_later', b"x = ('\xff'\n, 2\n"),
    ('y02_crlf_str', b"x = '''\r\n\xff''' + 1\r\n"),
    ('y03_crlf_fstr_ml', b"x = f'''a\r\n\xff'''\r\n"),
    ('y04_cookie_ident_after_ml_str', b"# coding: utf-8\nx = '''\xc3\xa9\n''' + a\xff\n"),
    ('y05_fstr_ml_middle_312', b"x = f'''{x}\n\xc3\xa9\xff'''\n"),
    ('y06_bom_fstr_expr_ident_long', b"\xef\xbb\xbfx = f'{abcdefghijkl\xff}'\n"),
    ('y07_u_str_after_bad_ident_later', b"x = a\xff + '\xfe'\n"),
    ('y08_two_lines_pending_later_ident_3_9', b"x = '\xff' \\\n + a\xfe\n"),
    ('y10_str_in_fstr_spec_312', b'x = f\'{x:{"\xff"}}\'\n'),
    ('y11_tab_after', b"if x:\n        y = '\xff'\n\tz = 1\n"),
    ('y12_two_bad_strings_lines', b"x = '\xff'\ny = '\xfe'\n"),
    ('y13_cookie_latin1_noerr', b"# coding: latin-1\nx = '\xff'\n"),
    ('y14_ident_then_str_cookie', b"# coding: utf-8\n\xc3\xa9\xc3\xa9 = 1; x = '\xc3\xa9\xff'\n"),
    ('y15_fstring_empty_after_bad_312', b"x = '\xff' f'{}'\n"),
    ('y16_bad_in_comment_then_str', b"# \xff\nx = '\xfe'\n"),
    ('z01_cont_eol', b"x = 1 + \\\n  'abc\n"),
    ('z02_cont_ident', b'x = 1 + \\\n  a\xe2\x82\xac\n'),
    ('z03_cont_tab', b'if x:\n        y = 1 + \\\n  2\n\tz = 1\n'),
    ('z04_cont_badnum', b'x = 1 + \\\n  0b2\n'),
    ('z05_ml_str_eol', b"x = '''a\n''' + 'abc\n"),
    ('z06_cont_ident_bad', b'x = 1 + \\\n  a\xff\n'),
    ('a2', b"x = '\xff'\ny = a\xfe\n"),
    ('a3', b'x = \'\xff\' + f"{a\xfe}"\n'),
    ('a4', b'x = \'\xff\'\ny = f"{a\xfe}"\nz = a\xfd\n'),
    ('a5', b'x = \'\xff\'\ny = f"{x}"\nz = a\xfd\n'),
    ('a6', b'x = \'\xff\'\ny = f"{x}"\nz = \'abc\n'),
    ('a7', b'x = \'\xff\'\ny = f"abc"\nz = \'abc\n'),
    ('a8', b"x = '\xff'\nz = 'abc\n"),
    ('a9', b'x = \'\xff\'\ny = f"\xfe"\nz = a\xfd\n'),
    ('l1', b"x = f'{}'\ny = 'abc\n"),
    ('l2', b"x = f'{}' 'abc\n"),
    ('l4', b"x = f'{a\xe2\x82\xac}'\ny = 'abc\n"),
    ('l6', b"x = (1,\n f'{}',\n"),
    ('l8', b"x = f'{}'\ny = 0b2\n"),
    ('l9', b"x = f'{a \\\\ b}'\ny = a\xe2\x82\xac\n"),
    ('m1', b'x = \'\xff\'\ny = f\'{"abc}\'\n'),
    ('m2', b"x = '\xff'\ny = f'}'\n"),
    ('m3', b"x = '\xff' f'}'\n"),
    ('m4', b"x = '\xff'\ny = f'{x'\n"),
    ('m5', b"x = '\xff'\ny = f'abc\n"),
    ('m6', b"x = '\xff'\ny = f'{x}' 'abc\n"),
    ('m7', b"x = '\xff'\ny = f'{x}'\nz = 'abc\n"),
    ('m8', b"x = '\xff'\ny = f'{x:{y:{z:{w}}}}'\n"),
    ('m9', b"x = '\xff'\ny = f'{1_}'\n"),
    ('n1', b"x = '\xff'\ny = f'{x}{a\xe2\x82\xac}'\n"),
    ('n2', b"x = '\xff'\ny = f'{x}'\nz = a\xe2\x82\xac\n"),
    ('n3', b"x = '\xff'\ny = f'{x!}'\nz = 'abc\n"),
    ('l1', b"x = f'{}'\ny = 'abc\n"),
    ('l2', b"x = f'{}' 'abc\n"),
    ('l4', b"x = f'{a\xe2\x82\xac}'\ny = 'abc\n"),
    ('l6', b"x = (1,\n f'{}',\n"),
    ('l8', b"x = f'{}'\ny = 0b2\n"),
    ('l9', b"x = f'{a \\\\ b}'\ny = a\xe2\x82\xac\n"),
    ('p01_latin1_in_str', b'print("b\xf6se")\n'),
    ('f0411_fix_col_not_found', b'\xef\xbb\xbfx = rf\'\'\'\'\'\' "{{{{ " f\'\\n}} {"\xff\xff"}\\\xc3\xa9\'\nx = (r\'}}{{ \xc3\xa9\'\n  , u\'\'\'{{{{\xf0\x9f\x98\'\'\')\nx = r"" + x\n'),
]

PROBE = r"""
import ast, json, sys, warnings
warnings.simplefilter('ignore')
out = {}
for name in sys.argv[1:]:
    src = open(name + '.py', 'rb').read()
    try:
        compile(src, name + '.py', 'exec', ast.PyCF_ONLY_AST)
        out[name] = ['ok']
    except SyntaxError as e:
        out[name] = [type(e).__name__, e.msg, e.lineno or 0, e.offset or 0,
                     getattr(e, 'end_lineno', None) or 0, getattr(e, 'end_offset', None) or 0]
    except Exception as e:
        out[name] = [type(e).__name__, str(e), 0, 0, 0, 0]
print(json.dumps(out))
"""


def interpreters():
    root = subprocess.check_output(['pyenv', 'root'], text=True).strip()
    found = {}
    for exe in sorted(glob.glob(root + '/versions/3.*/bin/python')):
        minor = int(exe.split('/versions/')[1].split('.')[1])
        if 6 <= minor <= 13:
            found[minor] = exe
    return dict(sorted(found.items()))


def c_string(b):
    out = '"'
    for ch in b:
        if ch in (0x22, 0x5c):
            out += '\\' + chr(ch)
        elif 0x20 <= ch < 0x7f and ch != 0x3f:
            out += chr(ch)
        else:
            out += '\\x%02x""' % ch
    return out + '"'


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in CASES:
            with open(os.path.join(tmp, name + '.py'), 'wb') as f:
                f.write(src)
        results = {}
        for minor, exe in interpreters().items():
            raw = subprocess.check_output([exe, '-c', PROBE] + [n for n, _ in CASES], cwd=tmp)
            version = subprocess.check_output([exe, '-c', 'import platform; print(platform.python_version())'], text=True).strip()
            results[minor] = (version, json.loads(raw))
    print('// Generated by tests/unit/lex_utf8_cases_gen.py from ' +
          ', '.join('CPython ' + v for v, _ in results.values()) + '. Do not edit.')
    print('// {name, source, minor version, kind, message, lineno, offset, end_lineno, end_offset}')
    for name, src in CASES:
        for minor, (_, res) in results.items():
            r = res[name]
            if r[0] == 'ok':
                r = ['ok', '', 0, 0, 0, 0]
            print('{%s, %s, %d, %s, %s, %d, %d, %d, %d},' % (
                json.dumps(name), c_string(src), minor, json.dumps(r[0]), c_string(r[1].encode()),
                r[2], r[3], r[4], r[5]))


if __name__ == '__main__':
    main()
