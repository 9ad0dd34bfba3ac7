"""The Qt front end: widgets that adapt the core to the screen, and nothing more.

No module here runs SQL or knows the schema; they call ``reviewer.storage`` and
friends, as Anki's ``aqt`` calls its ``anki`` library.
"""
