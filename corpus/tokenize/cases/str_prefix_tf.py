# tests: `tf''` is not a prefix
# expect 3.0-3.15: error
# level: parser 3.0-3.13 (NAME then STRING; from 3.14 the tokenizer reports incompatible prefixes)
x = tf'a'
