for z in (12345.6 + 7890.1j, 1234567.25-2j, 1j, 1e20+3j, -0.0+1234j, 1234.5+0j, complex(1e6, -1e6)):
    for spec in (",", "_", ",.2f", "_.3e", ",g", ">30,", "+,", ",.3"):
        print(repr(format(z, spec)), end=" ")
    print()
