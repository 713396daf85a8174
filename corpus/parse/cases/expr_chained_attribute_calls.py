# tests: long method chains over several lines
# expect 3.0-3.15: ok
x = (a
     .b(1)
     .c[2]
     .d(e=3)
     )
