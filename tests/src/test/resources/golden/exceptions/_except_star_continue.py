def f():
    try:
        pass
    except* ValueError:
        for x in []:
            continue
        def g():
            return 1
    for y in []:
        try:
            pass
        except* TypeError:
            continue
