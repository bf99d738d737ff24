"""The learned family: relations a classifier trained on CoNLL04 reads; the rule is in :mod:`~kg.extract.learned.rules`.

Optional (``--learned``); importing this package registers the rule.
"""

from kg.extract.learned import rules as rules
