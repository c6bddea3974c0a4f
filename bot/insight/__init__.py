"""Demand insight: developer tooling that reads the stored conversations (issue #15).

Nothing here runs per message. Modules:

- conversations.py  the tracker store's events, read back into one record per conversation
- tables.py         those records counted into the report's tables (small cells shown as "<5")
- clusters.py       unanswered questions grouped (jieba + TF-IDF + agglomerative clustering)
- charts.py         the tables drawn as SVG with matplotlib, Chinese labels in a CJK font
- report.py         `python -m bot report`: index.html and one CSV per table
- simulate.py, turns.py  `python -m bot simulate`: synthetic conversations whose counts are known
- bench.py          the report over 5,000 simulated conversations in a throwaway PostgreSQL database
"""
