# tests: raise, raise E, raise E(1), raise E from None
# expect 3.0-3.15: ok
raise
raise E
raise E(1)
raise E from None
raise E(1) from exc
