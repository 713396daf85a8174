# tests: positions of decorated definitions (3.8+: the def line), decorators and comments between
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
@a
# comment
@b.c(
    d,
)
def f(): pass

@e
async def g(): pass

@f
class C: pass
