# coding: latin-1
x = 1
# tests: a BOM contradicting a latin-1 declaration: 'encoding problem: latin-1 with BOM'
# expect 3.0-3.15: error
