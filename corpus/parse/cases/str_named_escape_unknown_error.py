# tests: an unknown name in `\N{...}`
# expect 3.0-3.15: error
x = '\N{NO SUCH CHARACTER NAME}'
