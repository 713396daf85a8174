# tests: a type alias over several lines (positions)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
type Alias[
    T: int,
    *Ts,
] = dict[
    T, tuple[*Ts]
]
