VALUE = "mod"
