# tests: f-strings nested four deep with the same quote (3.12+)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
x = f'{f'{f'{f'{1}'}'}'}'
