class Connection(object):
    def __init__(self, host, async=False):
        self.host = host
        self.async = async

    def describe(self):
        return "%s (async=%s)" % (self.host, self.async)


def connect(host, async=False, **options):
    return Connection(host, async=async)
