# tests: tab then spaces: columns agree with tab size 8 and with tab size 1 (alt column)
# expect 3.0-3.15: ok
if x:
	  y = 1
	  z = 2
