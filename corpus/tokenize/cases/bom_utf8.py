x = 'é'
# tests: a UTF-8 byte order mark is skipped; the encoding is utf-8-sig
# expect 3.0-3.15: ok
