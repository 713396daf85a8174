# tests: a triple-quoted f-string over several lines
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = f'''
{a}
{b!r:>{w}}
end'''
