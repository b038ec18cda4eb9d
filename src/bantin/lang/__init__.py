"""Language data, one package per language (only Vietnamese so far)."""
