"""Vietnamese language data: the words and shapes our heuristics rely on.

Each module holds named, commented data for one stage; code elsewhere imports
the names, never repeats the literals.
"""
