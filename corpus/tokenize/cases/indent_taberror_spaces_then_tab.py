# tests: TabError: 8 spaces then a tab line: equal with tabsize 8, different with tabsize 1
# expect 3.0-3.15: error TabError
if x:
        a = 1
	b = 2
