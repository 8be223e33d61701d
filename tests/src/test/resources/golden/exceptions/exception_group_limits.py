# Printing limits: at most 15 sub-exceptions per group are shown, and groups nest at most 10 deep; an
# exception group as the context of another exception.
def deep(level):
    if level == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {level}", [deep(level - 1)])


try:
    raise ExceptionGroup("wide", [IndexError(i) for i in range(17)] + [deep(11)])
except ExceptionGroup:
    raise KeyError("while handling the group")
