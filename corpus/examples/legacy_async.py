# Code written for Python 3.6, where `async` and `await` were still ordinary names
# outside `async def`: Twisted-style keyword arguments and attributes.
def connect(host, port, async=False):
    await = lambda d: d
    return await(open_connection(host, port, async=async))


async def fetch(url):
    data = await read(url)
    return f"{url}: {len(data)!r:>8} bytes"
