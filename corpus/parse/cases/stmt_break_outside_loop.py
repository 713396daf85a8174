# tests: `break`/`continue` outside a loop: compiler errors, ast.parse accepts
# expect 3.0-3.15: ok
break
continue
