# tests: f-strings nested four deep using the four quote kinds
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5
x = f'''{f"""{f'{f"{a}"}'}"""}'''
