import json, encodings.aliases, sys
res = json.load(open('codecs.json'))
MB = ('utf_7', 'big5','big5hkscs','cp932','cp949','cp950','euc_jp','euc_kr','gb2312','gbk','gb18030','hz',
      'iso2022_jp','iso2022_jp_1','iso2022_jp_2','iso2022_kr','shift_jis','utf_7')
out = []
out.append('// Generated from CPython 3.12.1 (encodings package and encodings.aliases) and ICU 72.1 by')
out.append('// src/source/gen_python_codecs.py; do not edit by hand. One row per CPython codec module:')
out.append('// PYCODEC(module, kind, icu_converter, reject_mask, overrides)')
out.append('//   kind: Icu (decoded through the ICU converter), Utf8, Utf16 (CPython\'s file reader cannot')
out.append('//   use it), NotText (rot_13, hex_codec...), Unsupported (no ICU converter with CPython\'s mapping).')
out.append('//   reject_mask: 64 hex digits, bit b set when CPython\'s single-byte codec rejects byte b')
out.append('//   but ICU maps it ("" = none). overrides: "BB:XXXX,..." single bytes that ICU maps')
out.append('//   differently from CPython (CPython\'s code point wins).')
for m, r in sorted(res.items()):
    if r[0] == 'nolookup': continue  # mbcs, oem: Windows only
    if r[0] == 'nottext':
        out.append('PYCODEC("%s", NotText, "", "", "")' % m); continue
    best = r[2]; pyerr = r[3]
    if m == 'utf_8':
        out.append('PYCODEC("%s", Utf8, "", "", "")' % m); continue
    if m.startswith('utf_16') or m.startswith('utf_32'):
        out.append('PYCODEC("%s", Utf16, "%s", "", "")' % (m, best[2])); continue
    if best is None or (m not in MB and best[0] > 8) or m == 'tis_620':
        out.append('PYCODEC("%s", Unsupported, "", "", "")' % m); continue
    score, cand, canon, diff, extra = best
    mask = ''
    ovr = ''
    if m not in MB:
        bits = 0
        for b in range(256):
            if pyerr[b] == '1': bits |= 1 << b
        mask = '%064x' % bits if bits else ''
        # overrides: recompute python mapping for diff bytes
        import codecs
        items = []
        for b in diff:
            items.append('%02X:%04X' % (b, ord(bytes([b]).decode(m))))
        ovr = ','.join(items)
    out.append('PYCODEC("%s", Icu, "%s", "%s", "%s")' % (m, canon, mask, ovr))
out.append('')
out.append('// PYALIAS(alias, module): encodings.aliases.aliases of CPython 3.12.1.')
for a, t in sorted(encodings.aliases.aliases.items()):
    out.append('PYALIAS("%s", "%s")' % (a, t))
open(sys.argv[1], 'w').write('\n'.join(out) + '\n')
