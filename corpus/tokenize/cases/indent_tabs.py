# tests: a block indented with tabs only is consistent
# expect 3.0-3.15: ok
if x:
	y = 1
	if z:
		w = 2
