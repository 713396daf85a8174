#!/usr/bin/env node
// Runs CPython (compiled to WebAssembly by the pyodide project) under Node as if it were a
// native `python` executable, so that pyfront's tools can use it as a reference interpreter:
//
//   node tools/pyodide/run.mjs -m tokenize -e FILE      # like `python3.14 -m tokenize -e FILE`
//   node tools/pyodide/run.mjs script.py ARGS...         # like `python3.14 script.py ARGS...`
//   node tools/pyodide/run.mjs -c 'import sys; print(sys.version)'
//   node tools/pyodide/run.mjs --python 3.15 -m tokenize -e FILE   # the 3.15 release candidate
//   node tools/pyodide/run.mjs --version                # prints e.g. "Python 3.14.2"
//
// Why this exists: no native CPython 3.14 can be installed on the project's machines (only the
// Debian and npm registries are reachable), but npm's `pyodide` ships CPython 3.14 itself.
//
// What it does, in the way a native interpreter would:
// - the host file system is visible at the same absolute paths (every top-level host folder
//   is mounted with NODEFS, except the ones pyodide itself needs: /lib holds its stdlib,
//   /dev and /proc are its own), and the working directory is the host's, so relative paths
//   and the file names printed in messages are exactly the ones given on the command line;
// - standard input, output and error are the process's own, byte for byte (no re-encoding);
// - the exit status is Python's: SystemExit's code, 1 after an uncaught exception (whose
//   traceback goes to stderr), 0 otherwise;
// - the environment variables are passed through (os.environ).
//
// Startup costs about 2.5 s (loading the WebAssembly module), so tools that run many files
// should run one Python driver script over all of them rather than one process per file.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

// The pyodide packages installed beside this script (package.json), by Python version.
const PACKAGES = { "3.14": "pyodide", "3.15": "pyodide-315" };

const USAGE = `usage: node run.mjs [--python 3.14|3.15] [-u -B -E -s -S -I] (-c CMD | -m MODULE | SCRIPT | --version) [ARGS...]
Runs CPython ${Object.keys(PACKAGES).join(" or ")} from the npm package pyodide with the host file system
mounted, like a native python executable. Default --python: 3.14 (or $PYFRONT_PYODIDE_PYTHON).`;

function fail(message) {
    process.stderr.write(`run.mjs: ${message}\n${USAGE}\n`);
    process.exit(2);
}

// Parses the command line the way `python` does for the options that matter here.
// Interpreter options that change nothing under pyodide (-u, -B, ...) are accepted and ignored.
function parseArgs(argv) {
    const opts = { python: process.env.PYFRONT_PYODIDE_PYTHON || "3.14", mode: null, target: null, rest: [] };
    let i = 0;
    for (; i < argv.length; i++) {
        const a = argv[i];
        if (a === "--python") { opts.python = argv[++i]; continue; }
        if (a.startsWith("--python=")) { opts.python = a.slice("--python=".length); continue; }
        if (a === "--version" || a === "-V") { opts.mode = "version"; i++; break; }
        if (a === "-h" || a === "--help") { process.stdout.write(USAGE + "\n"); process.exit(0); }
        if (["-u", "-B", "-E", "-s", "-S", "-I", "-q"].includes(a)) continue;
        if (a === "-c" || a === "-m") {
            if (i + 1 >= argv.length) fail(`argument expected for the ${a} option`);
            opts.mode = a.slice(1);
            opts.target = argv[i + 1];
            i += 2;
            break;
        }
        if (a.startsWith("-") && a !== "-") fail(`unsupported option ${a}`);
        opts.mode = "script";
        opts.target = a;
        i++;
        break;
    }
    opts.rest = argv.slice(i);
    if (!opts.mode) fail("nothing to run (interactive mode is not supported)");
    if (!PACKAGES[opts.python]) fail(`no pyodide package for Python ${opts.python}`);
    return opts;
}

// Makes every top-level host folder visible at its own path inside the WebAssembly file system.
function mountHost(pyodide) {
    const FS = pyodide.FS;
    const reserved = new Set(["lib", "dev", "proc", "sys"]);
    for (const name of fs.readdirSync("/")) {
        if (reserved.has(name)) continue;
        const host = "/" + name;
        let st;
        try { st = fs.statSync(host); } catch { continue; }  // dangling link, no permission
        if (!st.isDirectory()) continue;
        // pyodide's own /tmp and /home/pyodide hold nothing we need: mount over them.
        try { FS.mkdirTree(host); } catch { /* exists */ }
        try { FS.mount(FS.filesystems.NODEFS, { root: host }, host); } catch (e) {
            process.stderr.write(`run.mjs: warning: cannot mount ${host}: ${e}\n`);
        }
    }
}

// Writes all of `buf` to `fd`. A pipe may take only part of a write, or none (EAGAIN when Node
// made it non-blocking), so loop until everything is out.
function writeAll(fd, buf) {
    let done = 0;
    while (done < buf.length) {
        try {
            done += fs.writeSync(fd, buf, done, buf.length - done);
        } catch (e) {
            if (e.code !== "EAGAIN") throw e;
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);  // sleep 1 ms
        }
    }
    return buf.length;
}

// The Python side: runs the command as `python` would and returns the exit status.
const BOOTSTRAP = String.raw`
def _pyfront_run(mode, target, rest, cwd):
    import os, runpy, sys, traceback
    os.chdir(cwd)
    if mode == "script":
        sys.argv = [target] + rest
        sys.path[0] = os.path.dirname(os.path.abspath(target))
    else:
        sys.argv = [("-c" if mode == "c" else target)] + rest
        sys.path[0] = "" if mode == "c" else cwd
    status = 0
    try:
        if mode == "m":
            sys.argv[0] = "-m"  # runpy replaces it with the module's file name
            runpy.run_module(target, run_name="__main__", alter_sys=True)
        elif mode == "c":
            exec(compile(target, "<string>", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
        else:
            runpy.run_path(target, run_name="__main__")
    except SystemExit as e:
        code = e.code
        if code is None:
            status = 0
        elif isinstance(code, int):
            status = code & 0xFF
        else:
            print(code, file=sys.stderr)
            status = 1
    except BaseException:
        traceback.print_exc()
        status = 1
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except Exception:
            pass
    return status
`;

async function main() {
    const opts = parseArgs(process.argv.slice(2));
    const pkgDir = path.dirname(require.resolve(`${PACKAGES[opts.python]}/package.json`));
    const { loadPyodide } = await import(path.join(pkgDir, "pyodide.mjs"));

    const env = { ...process.env };
    const pyodide = await loadPyodide({ indexURL: pkgDir + "/", env });
    if (opts.mode === "version") {
        process.stdout.write("Python " + pyodide.runPython("import platform; platform.python_version()") + "\n");
        return 0;
    }
    // Byte-exact standard streams: Python's own encoder (UTF-8) has already produced the bytes.
    pyodide.setStdout({ write: (buf) => writeAll(1, buf) });
    pyodide.setStderr({ write: (buf) => writeAll(2, buf) });
    pyodide.setStdin({
        read: (buf) => {
            try { return fs.readSync(0, buf, 0, buf.length, null); } catch (e) {
                if (e.code === "EOF") return 0;
                if (e.code === "EAGAIN") return 0;
                throw e;
            }
        },
    });
    mountHost(pyodide);
    pyodide.runPython(BOOTSTRAP);
    const run = pyodide.globals.get("_pyfront_run");
    const status = run(opts.mode, opts.target, pyodide.toPy(opts.rest), process.cwd());
    run.destroy();
    return status;
}

main().then(
    (status) => process.exit(status),
    (err) => { process.stderr.write(`run.mjs: ${err && err.stack || err}\n`); process.exit(70); },
);
