"""Squares of the first numbers.

>>> squares
[0, 1, 4]
"""

squares = [n * n for n in range(3)]
