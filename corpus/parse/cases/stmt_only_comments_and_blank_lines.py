# tests: comments and blank lines only, no final newline
# expect 3.0-3.15: ok


    # indented comment

# last