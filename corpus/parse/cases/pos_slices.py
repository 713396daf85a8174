# tests: Slice positions (3.9+)
# expect 3.0-3.15: ok
a[1:2]
a[ : ]
a[1:2:3, ::]
a[
  1 :
  2
]
