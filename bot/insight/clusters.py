"""Unanswered demand: the questions the assistant could not answer, grouped by similarity.

Each question is masked (bot/privacy.py), normalised like every message (bot/text.py),
cut into words by the catalogue-aware jieba tokenizer of knowledge_base/search.py, and
weighted with TF-IDF; scikit-learn's agglomerative clustering (average linkage on
cosine distance, cut at DISTANCE) groups them, so the number of groups follows the
questions. An official sees the biggest groups, each with its key words, three example
wordings and a suggested sub-area of the outline: the body the triage names for a topic
the catalogue lacks (bot/triage.py), else the sub-area of the service catalogue search
finds for the group's strongest key word, else "outside the outline".
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from bot.insight.conversations import Conversation
from bot.insight.tables import SMALL, Table, shown
from bot.privacy import mask
from bot.text import normalize
from bot.triage import domain_gap
from knowledge_base import KnowledgeBase
from knowledge_base.search import Tokenizer, terms_of

DISTANCE = 0.75  # cosine distance at which two groups stop merging (0: same words, 1: none shared)
MAX_CLUSTERED = 2500  # distinct wordings clustered (the most frequent); the rest join their nearest group
TOP = 12  # groups listed
EXAMPLES = 3
KEY_WORDS = 5
OUTSIDE = "纲要范围外（建议由12345或相关部门答复）"
# How a question is asked, not what it is about: left out, so wordings group by their topic
# (the catalogue search's stop words are left out already).
FRAMING = frozenset("""需要 带 材料 申请 电话 手续 流程 怎么弄 怎么样 找 谁 打 领 发 要 吗 新 快 家里 能否 是否 可不可以
    咨询 问问 想问 知道 告诉 帮忙 帮 一下 哪个 部门 地方 地址 时间 时候 多久 收费 免费""".split())
NUMBER = re.compile(r"[\d.]+")


@dataclass
class Cluster:
    texts: Counter = field(default_factory=Counter)  # masked wording -> times asked
    conversations: set = field(default_factory=set)
    key_words: List[str] = field(default_factory=list)
    section: str = OUTSIDE

    @property
    def questions(self) -> int:
        return sum(self.texts.values())

    def examples(self, n: int = EXAMPLES) -> List[str]:
        return [text for text, _ in self.texts.most_common(n)]


class Grouper:
    """Groups wordings; one per report (the tokenizer knows the catalogue's words)."""

    def __init__(self, kb: KnowledgeBase, distance: float = DISTANCE):
        self.kb = kb
        self.tokenizer = Tokenizer(terms_of(kb.catalogue))
        self.distance = distance

    def words(self, text: str) -> List[str]:
        """jieba's words (search mode: long words and their parts) without numbers or the question's
        framing, plus the character pairs inside longer words, so that a word jieba cuts differently
        in two wordings ("办狗证" and "狗证") still counts as shared."""
        words = [w for w in self.tokenizer.words(normalize(text), search=True)
                 if w not in FRAMING and not NUMBER.fullmatch(w)]
        return words + [w[i:i + 2] for w in words if len(w) > 2 for i in range(len(w) - 1)]

    def labels(self, texts: Sequence[str], weights: Optional[Sequence[int]] = None) -> Tuple[List[int], List[List[str]]]:
        """A group number for each text, and each group's key words."""
        from sklearn.cluster import AgglomerativeClustering
        from sklearn.feature_extraction.text import TfidfVectorizer

        if not texts:
            return [], []
        tokens = [self.words(t) for t in texts]
        vectorizer = TfidfVectorizer(analyzer=lambda words: words, sublinear_tf=True)
        try:
            matrix = vectorizer.fit_transform(tokens)
        except ValueError:  # not one word in any text: each its own group
            return list(range(len(texts))), [[] for _ in texts]
        order = np.argsort(-np.asarray(weights if weights is not None else [1] * len(texts)), kind="stable")
        head = order[:MAX_CLUSTERED]
        labels = np.full(len(texts), -1)
        if len(head) == 1:
            labels[head] = 0
        else:
            from sklearn.metrics.pairwise import cosine_distances

            distances = cosine_distances(matrix[head])
            model = AgglomerativeClustering(n_clusters=None, distance_threshold=self.distance, linkage="average",
                                            **_precomputed())
            labels[head] = model.fit_predict(distances)
        count = int(labels.max()) + 1
        centroids = np.vstack([np.asarray(matrix[head][labels[head] == k].mean(axis=0)) for k in range(count)])
        norms = np.maximum(np.linalg.norm(centroids, axis=1), 1e-9)
        for i in order[MAX_CLUSTERED:]:  # the rarest wordings: the nearest group if near enough, else their own
            similarity = centroids @ matrix[i].toarray().ravel() / norms
            best = int(similarity.argmax())
            if 1 - similarity[best] <= self.distance:
                labels[i] = best
            else:
                labels[i] = count
                count += 1
        terms = np.array(vectorizer.get_feature_names_out())
        key_words = []
        for k in range(count):
            weight = np.asarray(matrix[labels == k].sum(axis=0)).ravel()
            top = [str(terms[j]) for j in weight.argsort()[::-1][:3 * KEY_WORDS] if weight[j] > 0]
            # whole words, not their parts: 公积金 rather than 公积 and 积金
            key_words.append([w for w in top if not any(w != o and w in o for o in top)][:KEY_WORDS])
        return labels.tolist(), key_words

    def suggest_section(self, texts: Sequence[str], key_words: Sequence[str]) -> str:
        """The sub-area that should answer a group: the triage's body for a topic the catalogue
        lacks, else the sub-area of the service catalogue search finds for the group's first key word."""
        sections = self.kb.catalogue.sections
        gaps = Counter(gap.section for gap in (domain_gap(normalize(t)) for t in texts) if gap is not None and gap.section)
        if gaps:
            code = gaps.most_common(1)[0][0]
            return f"{code} {sections[code].name}" if code in sections else code
        hits = self.kb.search(key_words[0], limit=1) if key_words else []  # the group's strongest word
        if hits:
            code = hits[0].service.section
            return f"{code} {sections[code].name}" if code in sections else code
        return OUTSIDE


def _precomputed() -> Dict[str, str]:
    """scikit-learn 1.1 calls the distance `affinity`, 1.2 and later `metric`."""
    import inspect

    from sklearn.cluster import AgglomerativeClustering

    name = "metric" if "metric" in inspect.signature(AgglomerativeClustering).parameters else "affinity"
    return {name: "precomputed"}


def unanswered_clusters(conversations: Sequence[Conversation], kb: KnowledgeBase,
                        grouper: Optional[Grouper] = None) -> Tuple[List[Cluster], int]:
    """The groups of unanswered questions, biggest first, and how many smaller ones were left out
    (fewer than 5 conversations: a wording that few could point to a resident)."""
    grouper = grouper or Grouper(kb)
    asked: Dict[str, set] = defaultdict(set)
    times: Counter = Counter()
    for i, c in enumerate(conversations):
        for text in c.unanswered:
            masked = mask(text).strip()
            asked[masked].add(i)
            times[masked] += 1
    texts = list(times)
    labels, key_words = grouper.labels(texts, [times[t] for t in texts])
    clusters: Dict[int, Cluster] = defaultdict(Cluster)
    for text, label in zip(texts, labels):
        clusters[label].texts[text] = times[text]
        clusters[label].conversations |= asked[text]
    for label, cluster in clusters.items():
        cluster.key_words = key_words[label]
    ranked = sorted(clusters.values(), key=lambda c: (-len(c.conversations), -c.questions))
    big = [c for c in ranked if len(c.conversations) >= SMALL]
    for cluster in big[:TOP]:
        cluster.section = grouper.suggest_section(list(cluster.texts), cluster.key_words)
    return big[:TOP], len(ranked) - len(big[:TOP])


def clusters_table(clusters: Sequence[Cluster], left_out: int) -> Table:
    rows = []
    for rank, c in enumerate(clusters, 1):
        examples = c.examples() + [""] * (EXAMPLES - len(c.examples()))
        rows.append([rank, shown(c.questions), shown(len(c.conversations)), "、".join(c.key_words), c.section, *examples])
    title = "未能回答的提问：相似问题归类（对话数不少于5的类）"
    if left_out:
        title += f"；另有{left_out}个较小的类未列出"
    return Table("unanswered_clusters", title,
                 ["排名", "提问数", "对话数", "关键词", "建议归属子领域", "例句1", "例句2", "例句3"], rows)
