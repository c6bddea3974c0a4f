"""Full-text search over the catalogue: jieba words, ranked with BM25.

Each service is one document whose fields are weighted: its name and aliases
count three times, its section name twice, the rest once. The tokenizer is a
private jieba instance that knows every service name, alias, group word and
place name, so "底保" or "公租房" stay one word. Names and aliases are indexed
whole; descriptions and queries are cut in search mode, so the query
"重度残疾人护理补贴" also yields "残疾人", "护理", "补贴". The global jieba used by
other components is not touched.
"""
from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Dict, Iterable, List, Sequence, Tuple

import jieba

from knowledge_base.types import Catalogue, Service

FIELD_WEIGHTS = (("name", 3), ("aliases", 3), ("section_name", 2), ("target_group", 1), ("content", 1))
K1, B = 1.5, 0.75

# Words that carry no meaning for finding a service.
STOPWORDS = frozenset(
    """的 了 吗 呢 啊 呀 吧 嘛 哦 嗯 哈 我 我们 你 你们 您 他 她 它 他们 是 在 有 和 与 及 或 就 都 也 还 又 很
    怎么 怎样 如何 什么 哪里 哪儿 哪个 哪些 多少 几 可以 能 能不能 会 要 想 请问 请 问 一下 那个 这个 就是 说 给 让
    把 被 对 从 到 去 来 吧 么 啥 咋 呗 个 些 里 上 下 不 没 没有 一个 现在 已经 还是 或者 因为 所以 但是 如果
    谢谢 你好 好 么样 怎么办 办 办理 哪 呃 额 嗯嗯""".split()
)
_TOKEN = re.compile(r"[\u4e00-\u9fff]+|[a-zA-Z]+|\d+(?:\.\d+)?")


def terms_of(catalogue: Catalogue) -> List[str]:
    """Every word the catalogue gives residents to name things with."""
    words: List[str] = []
    for s in catalogue.services:
        words.append(s.name)
        words.extend(s.aliases)
    for name, aliases in catalogue.groups.items():
        words.append(name)
        words.extend(aliases)
    for p in catalogue.places:
        words.append(p.name)
        words.extend(p.aliases)
        words.extend(p.towns)
    for section in catalogue.sections.values():
        words.append(section.name)
    return [w for w in dict.fromkeys(words) if len(w) >= 2]


class Tokenizer:
    """A jieba tokenizer that knows the catalogue's words."""

    _lock = threading.Lock()

    def __init__(self, words: Iterable[str]):
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for w in words:
            self._jieba.add_word(w, freq=max(2000, 500 * len(w)))

    def words(self, text: str, search: bool = True) -> List[str]:
        """Search mode also yields the parts of long words; precise mode keeps them whole."""
        with self._lock:  # jieba instances are not safe to share across threads
            cut = self._jieba.lcut_for_search if search else self._jieba.lcut
            pieces = cut(text, HMM=True)
        return [p.lower() for p in pieces if _TOKEN.fullmatch(p) and p not in STOPWORDS]


@dataclass(frozen=True)
class SearchHit:
    service: Service
    score: float


class BM25Index:
    """BM25 over weighted service fields."""

    def __init__(self, services: Sequence[Service], tokenizer: Tokenizer):
        self.services = list(services)
        self.tokenizer = tokenizer
        self.docs: List[Counter] = [self._document(s) for s in self.services]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.avg_length = sum(self.lengths) / max(1, len(self.lengths))
        df: Counter = Counter()
        for d in self.docs:
            df.update(d.keys())
        n = len(self.docs)
        self.idf: Dict[str, float] = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def _document(self, s: Service) -> Counter:
        counts: Counter = Counter()
        texts = {
            "name": [s.name],
            "aliases": list(s.aliases),
            "section_name": [s.section_name],
            "target_group": [s.target_group.text],
            "content": [s.content.text],
        }
        for field, weight in FIELD_WEIGHTS:
            # A name or alias is a word residents type whole ("残疾人底保" is not "底保").
            whole = field in ("name", "aliases")
            for text in texts[field]:
                for w in self.tokenizer.words(text, search=not whole):
                    counts[w] += weight
        return counts

    def search(self, query: str, limit: int = 10) -> List[SearchHit]:
        terms = self.tokenizer.words(query)
        if not terms:
            return []
        scores: List[Tuple[float, int]] = []
        for i, doc in enumerate(self.docs):
            score = 0.0
            norm = K1 * (1 - B + B * self.lengths[i] / self.avg_length)
            for t in terms:
                tf = doc.get(t)
                if tf:
                    score += self.idf[t] * tf * (K1 + 1) / (tf + norm)
            if score > 0:
                scores.append((score, i))
        scores.sort(key=lambda x: (-x[0], x[1]))
        return [SearchHit(self.services[i], round(score, 4)) for score, i in scores[:limit]]
