"""The interaction family: who did what to whom (killed, meetsWith, negotiatesWith, agreementWith); rules in
:mod:`~kg.extract.interaction.rules`.

Importing this package registers the rules.
"""

from kg.extract.interaction import rules as rules
