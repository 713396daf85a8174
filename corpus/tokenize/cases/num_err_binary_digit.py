# tests: "invalid digit '2' in binary literal"
# expect 3.0-3.15: error
# level: parser 3.0-3.7 (NUMBER `0b10` then NUMBER `2` before 3.8)
x = 0b102
