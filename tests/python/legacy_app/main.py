"""A 3.6-era application (async and await as ordinary names), run by tests/python/test_run.py
with `pyfront run --compat 3.6 main.py COMMAND [ARGS]`. Every module here, this script
included, is a syntax error for Python 3.7 and later."""
import sys

import jobs
from net import client

async = "--async" in sys.argv


def main(argv):
    command = argv[1] if len(argv) > 1 else "hello"
    if command == "hello":
        connection = client.connect("example.org", async=async)
        print("connected:", connection.describe())
        print("jobs:", jobs.schedule(["a", "b"], await=2))
    elif command == "argv":
        print("argv:", argv)
    elif command == "echo":
        for line in sys.stdin:
            print("echo:", line.rstrip("\n"))
    elif command == "exit":
        sys.exit(int(argv[2]))
    elif command == "fail":
        jobs.fail_in_legacy_module(await="late")
    elif command == "names":
        print(__name__, __file__, __spec__, __cached__)
    return 0


main(sys.argv)
