"""The roles family: who holds which post, and for whom (holdsRole, roleOf, heads, worksFor, memberOf).

* :mod:`~kg.extract.roles.posts`: rules for a title, apposition, copula or member suffix next to a name;
* :mod:`~kg.extract.roles.clauses`: rules for "who heads Y", "who sits on", "his counterpart, Y";
* :mod:`~kg.extract.roles.lists`: a plural post before a list of names ("Labour MPs A and B");
* :mod:`~kg.extract.roles.joined`: two posts joined before one name ("Labour MP and former minister X");
* :mod:`~kg.extract.roles.set_off`: a capitalised post between commas after a name the parse missed;
* :mod:`~kg.extract.roles.appointed`: a post given ("appointed X as his campaign director");
* :mod:`~kg.extract.roles.people`: the named people these rules read posts for;
* :mod:`~kg.extract.roles.wording`: where a post's words start and stop, and whose post it is;
* :mod:`~kg.extract.roles.labels`: the words a post is labelled with, spelled as the text writes them;
* :mod:`~kg.extract.roles.owners`: whose post "its", "the party's" or "a Labour MP" names.

Importing this package registers the rules, in this order.
"""

# Registration order is rule order: a fact two rules find at the same confidence keeps the first's provenance.
from kg.extract.roles import posts, clauses, described, lists, joined, set_off, appointed  # noqa: F401, I001
