# tests: `t''` template strings (PEP 750, 3.14+)
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
# level: parser 3.0-3.13 (NAME `t` then STRING before 3.14)
x = (t'a', T'a', tr'a', Tr'a', rt'a', RT'a')
