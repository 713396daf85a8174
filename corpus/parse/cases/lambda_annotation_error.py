# tests: lambda parameters cannot be annotated
# expect 3.0-3.15: error
lambda x: int: 0
