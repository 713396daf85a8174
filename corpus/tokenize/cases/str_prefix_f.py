# tests: `f''` and `rf''`/`fr''` in every case (PEP 498, 3.6+)
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5
x = (f'a', F'a', fr'a', Fr'a', fR'a', FR'a', rf'a', rF'a', Rf'a', RF'a')
