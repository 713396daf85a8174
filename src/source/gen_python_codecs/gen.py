import encodings, encodings.aliases, pkgutil, codecs, subprocess, json
mods = sorted(m.name for m in pkgutil.iter_modules(encodings.__path__) if m.name not in ('aliases',))
res = {}
def probe(name):
    out = subprocess.run(['./probe', name], capture_output=True, text=True).stdout.split('\n')
    if out[0] == 'NOCONV': return None
    return out[0][6:], out[1:257]
for m in mods:
    try:
        ci = codecs.lookup(m)
    except Exception as e:
        res[m] = ('nolookup', str(e)); continue
    if not getattr(ci, '_is_text_encoding', True):
        res[m] = ('nottext',); continue
    # single-byte?
    py = []
    sb = True
    for b in range(256):
        try:
            s = bytes([b]).decode(ci.name)
            if len(s) != 1: sb = False
            py.append(''.join('%04X' % ord(ch) for ch in s))
        except (UnicodeError, ValueError):
            py.append('ERR')
    cands = [m, m.replace('_', '-'), ci.name, 'windows-' + m[2:] if m.startswith('cp') else None,
             'ibm-' + m[2:] if m.startswith('cp') else None,
             'x-' + m.replace('_', '-') , 'mac' + m[4:] if m.startswith('mac_') else None,
             'x-mac-' + m[4:] if m.startswith('mac_') else None]
    if m.startswith('iso8859_'): cands.append('iso-8859-' + m[8:])
    for a, t in encodings.aliases.aliases.items():
        if t == m: cands.append(a)
    best = None
    for c in cands:
        if not c: continue
        p = probe(c)
        if not p: continue
        canon, icu = p
        if sb or True:
            diff = [b for b in range(256) if py[b] != 'ERR' and icu[b] != py[b]]
            extra = [b for b in range(256) if py[b] == 'ERR' and icu[b] != 'ERR']
            score = len(diff)
            if best is None or score < best[0]:
                best = (score, c, canon, diff, extra)
    res[m] = ('text', sb, best, ''.join('1' if x=='ERR' else '0' for x in py))
json.dump(res, open('codecs.json','w'), indent=1)
for m, r in res.items():
    if r[0] != 'text': print(m, r[0]); continue
    b = r[2]
    print(m, 'SB' if r[1] else 'MB', (b[0], b[1], b[2], len(b[4])) if b else None)
