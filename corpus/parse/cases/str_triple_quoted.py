# tests: triple-quoted strings over several lines
# expect 3.0-3.15: ok
x = """first
  second\
third"""
y = '''a
b'''
