"""The screens of the collectsim terminal UI."""
