"""The machinery tests build tests/machinery/site; its files are not tests."""

collect_ignore = ["site"]
