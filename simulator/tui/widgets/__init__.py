"""Widgets the collectsim screens share."""
