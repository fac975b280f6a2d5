"""The shipped gold annotations of the Wikinews articles: entities from GUM, quotes read by hand."""
