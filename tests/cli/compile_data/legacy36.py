# Python 3.6 code that no later Python parses: `async` and `await` as plain names.
def f(async=False):
    return "async" if async else "sync"


class Stream:
    def async(self):
        return 42


await = 1
print(f(async=True), Stream().async(), await)
