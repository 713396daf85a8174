# tests: an underscore just before the decimal point
# expect 3.0-3.15: error
# level: parser 3.0-3.5
x = 1_.5
