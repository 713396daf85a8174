async = 1
print(async)
