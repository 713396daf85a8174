# tests: `<>` without the barry_as_FLUFL flag
# expect 3.0-3.15: error
1 <> 2
