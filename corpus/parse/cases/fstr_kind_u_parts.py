# tests: kind='u' of f-string parts when the first token is u'': 3.8-3.11 every part, 3.12+ per token
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = u'a' f'{x}' 'b'
y = f'{x}' u'c'
z = u'a' f'{x:>{w}abc}'
