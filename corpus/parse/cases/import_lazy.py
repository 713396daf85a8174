# tests: `lazy import` and `lazy from` (PEP 810, 3.15+)
# expect 3.0-3.14: error
# expect 3.15: ok
lazy import a
lazy import b.c as d
lazy from e import f, g as h
lazy from . import i
