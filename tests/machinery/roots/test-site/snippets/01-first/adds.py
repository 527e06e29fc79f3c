"""Adds two numbers.

>>> total
3
"""

total = 1 + 2
print("total:", total)
