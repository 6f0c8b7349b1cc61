"""collectsim: a conversational training simulator for debt collectors."""

__version__ = "0.1.0"
