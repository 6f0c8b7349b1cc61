"""The Textual terminal UI: choose a call, read the file, make the call, learn from the debrief.

`make_app` in `simulator.tui.app` builds the app for the command line and the tests alike.
"""
