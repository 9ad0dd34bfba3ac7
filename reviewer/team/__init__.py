"""Several analysts on one dataset: global ids, analysts, merge, assignment, agreement."""
