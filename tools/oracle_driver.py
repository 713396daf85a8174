# Runs INSIDE a reference interpreter (any CPython 3.6+, native or pyodide under Node) and
# answers questions about many files in one process, one JSON object per line on stdout.
# Started by tools/oracles.py (run_driver); the files to look at come on stdin, one per line,
# optionally followed by a TAB and comma-separated flags.
#
#   python oracle_driver.py tokenize   < files   ->  what `python -m tokenize -e FILE` prints
#   python oracle_driver.py verdict    < files   ->  what ast.parse-level compile() says
#   python oracle_driver.py bench N    < files   ->  throughput of this interpreter's tokenizer
#   python oracle_driver.py bench_parse N < files ->  its ast.parse, CPU time per round
#
# Why in-process: pyodide needs ~2.5 s to start, so one process per file is far too slow.
# The `tokenize` command runs the tokenize module as __main__ through runpy, as `-m` does,
# with the same sys.argv and fresh UTF-8 stdout/stderr, so its output is byte-identical except for the
# traceback of an unexpected internal error (frames differ).
#
# Keep this file valid Python 3.6: no f-string `=`, no walrus, no positional-only parameters.
import io
import json
import sys
import time
import traceback
import warnings


def read_requests():
    for line in sys.stdin.read().splitlines():
        if not line.strip():
            continue
        name, _, flags = line.partition("\t")
        yield name, [f for f in flags.split(",") if f]


def emit(record):
    sys.__stdout__.write(json.dumps(record, sort_keys=True) + "\n")


def tokenize_like_main(path):
    """Runs the tokenize module as `python -m tokenize -e PATH` does (runpy, as __main__:
    its entry point is main() up to 3.13 and _main() from 3.14); returns stdout, stderr and
    the exit status."""
    import runpy
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", newline="\n")
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace", newline="\n")
    saved = sys.argv, sys.stdout, sys.stderr
    sys.argv, sys.stdout, sys.stderr = ["-m", "-e", path], out, err
    status = 0
    try:
        runpy.run_module("tokenize", run_name="__main__", alter_sys=True)
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        traceback.print_exc()
        status = 1
    finally:
        out.flush()
        err.flush()
        sys.argv, sys.stdout, sys.stderr = saved
    return (out_bytes.getvalue().decode("utf-8", "surrogateescape"),
            err_bytes.getvalue().decode("utf-8", "surrogateescape"), status)


def cmd_tokenize(args):
    for path, _flags in read_requests():
        stdout, stderr, status = tokenize_like_main(path)
        emit({"file": path, "stdout": stdout, "stderr": stderr, "status": status})


def compile_flags(flags):
    import ast
    import __future__
    value = ast.PyCF_ONLY_AST
    if "barry_as_FLUFL" in flags:
        value |= __future__.CO_FUTURE_BARRY_AS_BDFL
    return value


def verdict(path, flags):
    """What this interpreter's parser (tokenizer + parser + AST construction, no compiler)
    says about the file's bytes: {"verdict": "ok"} or the exception and its location."""
    with open(path, "rb") as f:
        source = f.read()
    caught = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(source, path, "exec", compile_flags(flags), dont_inherit=True)
            result = {"verdict": "ok"}
        except (SyntaxError, ValueError, TypeError, UnicodeError, OverflowError, MemoryError,
                RecursionError) as e:
            result = {"verdict": "error", "type": type(e).__name__}
            if isinstance(e, SyntaxError):
                result["msg"] = e.msg
                for attr in ("lineno", "offset", "end_lineno", "end_offset"):
                    result[attr] = getattr(e, attr, None)
            else:
                result["msg"] = str(e)
    result["warnings"] = ["%s: %s (line %s)" % (w.category.__name__, w.message, w.lineno)
                          for w in caught]
    return result


def cmd_verdict(args):
    for path, flags in read_requests():
        record = verdict(path, flags)
        record["file"] = path
        emit(record)


def time_best(fn, repeat):
    best = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = fn()
        elapsed = time.perf_counter() - t0
        best = elapsed if best is None or elapsed < best else best
    return best, count


def cmd_bench(args):
    """Tokenizes every file `repeat` times with the ways this interpreter offers and reports the
    best time of each (what tools/bench compares pyfront's tokenizer with)."""
    import tokenize
    repeat = int(args[0]) if args else 3
    sources = []
    for path, _flags in read_requests():
        with open(path, "rb") as f:
            sources.append(f.read())
    total = sum(len(s) for s in sources)

    def via_tokenize():
        # The public API over bytes: detects the encoding, then (3.12+) the C tokenizer with
        # extra_tokens=True, building a TokenInfo namedtuple per token.
        count = 0
        for src in sources:
            try:
                for _tok in tokenize.tokenize(io.BytesIO(src).readline):
                    count += 1
            except (SyntaxError, tokenize.TokenError):
                pass
        return count

    results = {"file": "(bench)", "bytes": total, "files": len(sources), "version": sys.version.split()[0]}
    results["tokenize.tokenize"] = time_best(via_tokenize, repeat)
    try:
        from _tokenize import TokenizerIter  # 3.12+: the C tokenizer itself
    except ImportError:
        TokenizerIter = None
    if TokenizerIter is not None:
        texts = []
        for src in sources:
            try:
                texts.append(src.decode(tokenize.detect_encoding(io.BytesIO(src).readline)[0]))
            except (SyntaxError, UnicodeDecodeError, LookupError):
                pass

        def via_iter(extra):
            count = 0
            for text in texts:
                try:
                    it = TokenizerIter(io.StringIO(text).readline, extra_tokens=extra)
                except TypeError:  # 3.12.0 took the source string itself
                    it = TokenizerIter(text, extra_tokens=extra)
                try:
                    for _tok in it:
                        count += 1
                except SyntaxError:
                    pass
            return count

        results["_tokenize.TokenizerIter"] = time_best(lambda: via_iter(False), repeat)
        results["_tokenize.TokenizerIter(extra_tokens)"] = time_best(lambda: via_iter(True), repeat)
        results["decoded_bytes"] = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)
    emit(results)


def cmd_bench_parse(args):
    """ast.parse(bytes) of every file, `repeat` rounds; the first round and the best round in
    CPU seconds of this process (what tools/bench compares pyfront's files -> AST with)."""
    import ast
    repeat = int(args[0]) if args else 3
    sources = []
    for path, _flags in read_requests():
        with open(path, "rb") as f:
            sources.append(f.read())
    rounds = []
    failures = 0
    for _ in range(repeat):
        failures = 0
        t0 = time.process_time()
        for src in sources:
            try:
                ast.parse(src)
            except (SyntaxError, ValueError):
                failures += 1
        rounds.append(time.process_time() - t0)
    try:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    except ImportError:  # pyodide
        peak = None
    emit({"file": "(bench)", "files": len(sources), "bytes": sum(len(s) for s in sources),
          "version": sys.version.split()[0], "first_seconds": rounds[0], "best_seconds": min(rounds),
          "failures": failures, "peak_rss_mb": peak})


COMMANDS = {"tokenize": cmd_tokenize, "verdict": cmd_verdict, "bench": cmd_bench,
            "bench_parse": cmd_bench_parse}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.stderr.write("usage: oracle_driver.py {%s} [ARGS] < FILES\n" % ",".join(COMMANDS))
        sys.exit(2)
    COMMANDS[sys.argv[1]](sys.argv[2:])
