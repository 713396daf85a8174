# tests: try with several handlers, as-names, else and finally
# expect 3.0-3.15: ok
try:
    a
except E:
    b
except (A, B) as e:
    c
except:
    d
else:
    e
finally:
    f
