"""Keyword arguments named async/await across modules, and a traceback from a legacy module."""
from net.client import Connection


def schedule(names, await=1):
    await = [name * await for name in names]
    return ",".join(await)


def fail_in_legacy_module(await):
    connection = Connection("failing.example", async=True)
    raise RuntimeError("failed while %s: async=%s" % (await, connection.async))
