"""Pre-annotation: places, actors, figures, dates and event hints found in an article."""
