# tests: TabError raised while dedenting (the alt columns disagree on the dedent line)
# expect 3.0-3.15: error TabError
if x:
	if y:
		a = 1
        b = 2
