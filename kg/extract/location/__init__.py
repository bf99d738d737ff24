"""The location family: where things are (locatedIn, basedIn, livesIn); rules in :mod:`~kg.extract.location.rules`.

Importing this package registers the rules.
"""

from kg.extract.location import rules as rules
