# tests: `# type: ignore` comments become type_ignores
# expect 3.0-3.15: ok
# options: type_comments
import x  # type: ignore
y = 1  # type: ignore[attr]
def f():  # type: ignore
    pass
