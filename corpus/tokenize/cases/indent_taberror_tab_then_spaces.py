# tests: TabError: a tab line then an 8-space line
# expect 3.0-3.15: error TabError
if x:
	a = 1
        b = 2
