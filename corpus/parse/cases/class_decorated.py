# tests: decorated classes
# expect 3.0-3.15: ok
@dataclass
@a.b(c)
class C:
    '''doc'''
