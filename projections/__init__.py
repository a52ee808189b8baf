"""Read models over the event store: SQL tables, each rebuildable from the events at any time."""
