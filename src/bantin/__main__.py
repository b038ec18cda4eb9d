"""``python -m bantin`` runs the command line."""

from bantin.cli import main

main()
