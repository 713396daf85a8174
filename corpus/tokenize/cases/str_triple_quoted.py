# tests: triple-quoted strings over several lines, with quotes inside
# expect 3.0-3.15: ok
x = '''one
'two' "three"
''' + """a
"b"
"""
