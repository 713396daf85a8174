# tests: list, tuple, dict and set displays, empty and with trailing commas
# expect 3.0-3.15: ok
[]
[1, 2,]
()
(1,)
(1, 2)
{}
{1: 2, 3: 4,}
{1, 2}
{1}
