# -*- coding: latin-1 -*-
# tests: a latin-1 coding declaration: values decoded, columns in UTF-8 bytes
# expect 3.0-3.15: ok
x = 'éè'; y = z
