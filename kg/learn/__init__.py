"""Learned components, both trained on CoNLL04 and both used only with ``--learned``.

``entities`` swaps the spaCy model's entity recogniser for the same component
fine-tuned on CoNLL04 train (``benchmarks/train_entities.py``). ``features`` turns an
ordered pair of mentions in one sentence into hashed feature indices; ``model`` is a
numpy softmax regression over them, saved as a small ``.npz`` in ``kg/data``. The rule
family that uses it is ``kg.extract.learned``; its training script is
``benchmarks/train_relations.py``.
"""
