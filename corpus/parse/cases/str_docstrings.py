# tests: docstrings of module, class, function, async function
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
"""Module docstring."""
class C:
    """Class docstring."""
    def f(self):
        "Function docstring."
    async def g(self):
        '''Async docstring.'''
