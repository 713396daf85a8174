# tests: tabs in indentation and between tokens count one byte
# expect 3.0-3.15: ok
if x:
	y =	1
	if y:
		z = 2
