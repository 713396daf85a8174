# tests: a backslash-newline followed by an empty line ends the statement early
# expect 3.0-3.15: error
# level: parser (the statement `x = 1 +` is incomplete; no tokenizer error)
x = 1 + \

2
