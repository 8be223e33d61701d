# -*- coding: latin-1 -*-
"""A module in Latin-1, as its coding declaration says."""
WORD = "naïve ©"
