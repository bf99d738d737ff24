"""The stance family: who is for, against or behind what (opposes, supports, proposes).

Rules:

* :mod:`~kg.extract.stance.verbs`: a stance verb and its object, a condemning label, a concern;
* :mod:`~kg.extract.stance.owned`: one's own proposals, a plan called someone's;
* :mod:`~kg.extract.stance.phrases`: stance nouns, wishes for removal, proposals made;
* :mod:`~kg.extract.stance.advocacy`: telling others what to do ("X should scrap the tax");
* :mod:`~kg.extract.stance.wishes`: wishes to bring something about ("wants to sign a treaty");
* :mod:`~kg.extract.stance.epithet`: a plan named with a judging word ('"this disastrous law," said X');
* :mod:`~kg.extract.stance.prescribed`: what should happen to a plan ('X should not be introduced, Y said');
* :mod:`~kg.extract.stance.contents`: what someone's plan contains ("Labour's plans include X");
* :mod:`~kg.extract.stance.pledges`: pledges stated as fact ("the Tories would cut income tax");
* :mod:`~kg.extract.stance.blame`: what someone is attacked or praised for ("attacked X for wanting to Y");
* :mod:`~kg.extract.stance.preference`: a plan preferred to another ("rejected X in favour of Y").

What they share:

* :mod:`~kg.extract.stance.vocabulary`: the stance verbs and their past forms (``kg/data/stance_verbs.json``);
* :mod:`~kg.extract.stance.holders`: who takes a stance;
* :mod:`~kg.extract.stance.officials`: whose stance an official's commits (a minister's, the government's);
* :mod:`~kg.extract.stance.targets`: what a stance is about;
* :mod:`~kg.extract.stance.replacement`: replacing one plan with another;
* :mod:`~kg.extract.stance.base`: a stance's modality, its objects and the fact itself.

Importing this package registers the rules.
"""

# Registration order is rule order: a fact two rules find at the same confidence keeps the first's provenance.
from kg.extract.stance import advocacy, phrases, wishes, verbs, owned, actions, nominal, evaluative, evaluation, attempts, announcements, pledges, epithet, prescribed, contents, blame, consequences, reactions, headlines, preference  # noqa: F401, I001
