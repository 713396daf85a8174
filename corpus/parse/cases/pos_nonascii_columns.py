# tests: columns count UTF-8 bytes after non-ASCII characters
# expect 3.0-3.15: ok
ä = 'ö' + x
y = '中文' + w
