# tests: lone surrogates in str literals are escaped by repr
# expect 3.0-3.15: ok
x = '\ud800\udfff\ud83d\ude00'
