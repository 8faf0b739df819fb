"""`python -m vnhg_desk` does what the `vnhg-desk` command does."""

from vnhg_desk.cli.main import console

console()
