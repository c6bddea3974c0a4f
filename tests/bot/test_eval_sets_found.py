"""The evaluators find every blind set by its files' names, in the order the sets were written."""
from bot import eval_dialogue, eval_routing
from bot.eval_dialogue import DATA


def _numbers(names, prefix):
    return [int(n[len(prefix):].split(".")[0] or 1) for n in names]


def test_every_blind_answer_table_is_scored_in_order_after_the_development_tables():
    tables = eval_dialogue.answer_tables()
    names = list(tables)
    assert names[0] == "answers_dev.md" and tables["answers_dev.md"][0] == "answers_dev.jsonl"
    on_disk = {p.name for p in DATA.glob("answers_test*.jsonl")}
    assert {t for name in names[1:] for t in tables[name]} == on_disk
    numbers = _numbers(names[1:], "answers_test")
    assert numbers == sorted(numbers) == list(range(1, len(on_disk) + 1))
    assert tables["answers_test2.md"] == ["answers_test2.jsonl"]


def test_every_blind_conversation_set_is_played_in_order_and_files_are_not_taken_for_sets(tmp_path, monkeypatch):
    sets = eval_dialogue.conversation_sets()
    assert list(sets)[0] == "conversations_dev.md"
    on_disk = {p.name for p in DATA.glob("conversations_test*") if p.is_dir()}
    assert {f for name in list(sets)[1:] for f in sets[name]} == on_disk
    numbers = _numbers(list(sets)[1:], "conversations_test")
    assert numbers == sorted(numbers)
    # a stray file or a folder of another name is no set
    for name in ("conversations_test3", "conversations_test12", "answers_test.jsonl", "answers_test10.jsonl",
                 "answers_testx.jsonl", "conversations_test2_old"):
        (tmp_path / name).mkdir() if name.startswith("conversations") else (tmp_path / name).write_text("")
    monkeypatch.setattr(eval_dialogue, "DATA", tmp_path)
    assert list(eval_dialogue.conversation_sets())[1:] == ["conversations_test3.md", "conversations_test12.md"]
    assert list(eval_dialogue.answer_tables())[1:] == ["answers_test.md", "answers_test10.md"]


def test_routing_pairs_each_blind_gap_file_with_its_stories_and_report():
    found = eval_routing.blind_sets()
    assert [g.name for g, _, _ in found][:2] == ["gaps_test.jsonl", "gaps_test2.jsonl"]
    for gaps, stories, report in found:
        assert stories.name == gaps.name.replace("gaps_", "stories_")
        assert report.name == gaps.name.replace("gaps_", "routing_").replace(".jsonl", ".md")
