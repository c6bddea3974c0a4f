"""What Rasa's training cache must know besides a component's class and configuration.

Rasa fingerprints a training node by its component class's own source, its
configuration and its inputs; ``fingerprint_addon`` adds the rest. The custom
components add the files they read that are not training data (the jieba
dictionary) and the source of the helpers their class calls (the normaliser,
the service model, the ruler's patterns), so that `make train` with the cache on
reuses exactly what is unchanged and retrains what depends on a change.
"""
from __future__ import annotations

import hashlib
import inspect
from pathlib import Path
from typing import Any, Iterable


def files_fingerprint(paths: Iterable[Path]) -> str:
    """A hash of the files' names and contents, in a fixed order."""
    digest = hashlib.sha256()
    for path in sorted(Path(p) for p in paths):
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"(missing)")
        digest.update(b"\0")
    return digest.hexdigest()


def source_fingerprint(*objects: Any) -> str:
    """A hash of the source of the given modules or functions.

    Rasa's fingerprint of a node holds the component class's own source; what the
    class calls elsewhere (the normaliser, the service model, the ruler's pipeline)
    must be added, or a changed helper would be served from the training cache."""
    digest = hashlib.sha256()
    for obj in objects:
        digest.update(inspect.getsource(obj).encode("utf-8"))
    return digest.hexdigest()
