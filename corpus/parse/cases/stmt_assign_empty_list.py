# tests: `[] = ()` assigns to an empty list
# expect 3.0-3.15: ok
[] = ()
