# tests: the rb'' prefix (3.3+; br'' before)
# expect 3.0-3.2: error
# expect 3.3-3.15: ok
x = rb'a'
