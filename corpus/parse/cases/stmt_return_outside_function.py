# tests: `return`, `yield`, `await` outside a function: compiler errors, ast.parse accepts (await: 3.7+)
# expect 3.0-3.6: error
# expect 3.7-3.15: ok
return 1
yield 2
await x
