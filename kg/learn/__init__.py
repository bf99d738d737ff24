"""Learned components: a relation classifier over entity-mention pairs.

``features`` turns an ordered pair of mentions in one sentence into hashed
feature indices; ``model`` is a numpy softmax regression over them, saved as a
small ``.npz`` in ``kg/data``. The rule family that uses it is
``kg.extract.learned``; the training script is ``benchmarks/train_relations.py``.
"""
