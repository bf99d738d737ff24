"""What every relation family shares; nothing here imports a family.

* :mod:`~kg.extract.common.registry`: rules registered under versioned names with the properties they emit;
* :mod:`~kg.extract.common.context`: what every rule sees (parse, entities, quotations) and how it states a fact;
* :mod:`~kg.extract.common.clauses`: who does what a verb says, and to what;
* :mod:`~kg.extract.common.modality`: whether a relation is stated, denied or only imagined;
* :mod:`~kg.extract.common.nodes`: which node a noun phrase names (entity, System, Plan or nothing);
* :mod:`~kg.extract.common.labels`: the words a System or Plan node is labelled with;
* :mod:`~kg.extract.common.antecedents`: what "the offer", "the bill" or "it" refers back to.
"""
