"""The campaign's events, aggregates, rules and use cases. Pure Python: no Qt, no SQL."""
