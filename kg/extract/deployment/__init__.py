"""The deployment family: who deploys which system where (deploys, locatedIn); rules in :mod:`~kg.extract.deployment.rules`.

Importing this package registers the rules.
"""

from kg.extract.deployment import rules as rules
