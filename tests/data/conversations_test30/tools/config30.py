"""Set 35's parameters for set 14's setgen.py (folders, prefixes, files, counts, older sets compared with).

Set 35 was told not to touch /work/main at all. The older tool modules setgen imports (set 7's gen and sim, set 9's
validate4 / dedupe4 / gen_gaps, set 10's gen_answers5, set 11's validate6) and setgen itself hard-code
'/work/main' (the catalogue and the older data). They are imported here unchanged on disk, through a small loader
that reads each file and replaces '/work/main' with this worktree's root before compiling it, so the catalogue and
the older data are read from this worktree (branched from main, the same files)."""
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
ROOT = os.path.dirname(os.path.dirname(DATA))
SET14 = os.path.join(DATA, 'conversations_test9', 'tools')
OLD_TOOLS = [SET14] + [os.path.join(DATA, s, 'tools') for s in
                       ('conversations_test6', 'conversations_test5', 'conversations_test4', 'conversations_test2')]
REWRITE = {'setgen', 'gen', 'sim', 'validate4', 'dedupe4', 'validate6', 'gen_gaps', 'gen_answers5'}


class _Loader(importlib.machinery.SourceFileLoader):
    def get_data(self, path):
        data = super().get_data(path)
        if path.endswith('.py'):
            data = data.replace(b'/work/main', ROOT.encode())
        return data

    def path_stats(self, path):  # no bytecode cache for the rewritten modules
        raise OSError


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name not in REWRITE:
            return None
        for d in OLD_TOOLS:
            f = os.path.join(d, name + '.py')
            if os.path.exists(f):
                return importlib.util.spec_from_file_location(name, f, loader=_Loader(name, f))
        return None


sys.meta_path.insert(0, _Finder())
sys.dont_write_bytecode = True
sys.path.insert(0, SET14)
from setgen import SetConfig  # noqa: E402  (set 14's module, imported for its functions)

CFG = SetConfig(
    tools_dir=HERE,
    set_dir=os.path.dirname(HERE),
    prefix='b35',
    aprefix='ag',
    answers='answers_test29.jsonl',
    gaps='gaps_test27.jsonl',
    stories='stories_test27.jsonl',
    screenings=46,
    where=14,
    old_conversations=('conversations_dev2', 'conversations_test', 'conversations_test2',
                       'conversations_test3', 'conversations_test4', 'conversations_test5', 'conversations_test6',
                       'conversations_test7', 'conversations_test8', 'conversations_test9', 'conversations_test10',
                       'conversations_test11', 'conversations_test12', 'conversations_test13', 'conversations_test14',
                       'conversations_test15', 'conversations_test16', 'conversations_test17', 'conversations_test18',
                       'conversations_test19', 'conversations_test20', 'conversations_test21',
                       'conversations_test22', 'conversations_test23', 'conversations_test24',
                       'conversations_test25', 'conversations_test26', 'conversations_test27',
                       'conversations_test28', 'conversations_test29'),
    old_gaps=('gaps_dev.jsonl', 'gaps_test.jsonl', 'gaps_test2.jsonl', 'gaps_test3.jsonl', 'gaps_test4.jsonl',
              'gaps_test5.jsonl', 'gaps_test6.jsonl', 'gaps_test7.jsonl', 'gaps_test8.jsonl', 'gaps_test9.jsonl',
              'gaps_test10.jsonl', 'gaps_test11.jsonl', 'gaps_test12.jsonl', 'gaps_test13.jsonl', 'gaps_test14.jsonl',
              'gaps_test15.jsonl', 'gaps_test16.jsonl', 'gaps_test17.jsonl', 'gaps_test18.jsonl',
              'gaps_test19.jsonl', 'gaps_test20.jsonl', 'gaps_test21.jsonl', 'gaps_test22.jsonl', 'gaps_test23.jsonl',
              'gaps_test24.jsonl', 'gaps_test25.jsonl', 'gaps_test26.jsonl'),
)

# The older data is read from this worktree's tests/data, which also holds this set's own files; set 9's dedupe4
# (old_strings) and set 11's validate6 (old_ids) glob that folder recursively, so this set's own files are filtered
# out of their globs (the modules themselves are unchanged).
import glob as _glob  # noqa: E402
import types as _types  # noqa: E402

import dedupe4 as _dedupe4  # noqa: E402
import validate6 as _validate6  # noqa: E402

_MINE_FILES = {os.path.join(DATA, n) for n in (CFG.answers, CFG.gaps, CFG.stories)}


def _not_mine(path):
    p = os.path.abspath(path)
    return p not in _MINE_FILES and not p.startswith(CFG.set_dir + os.sep)


def _filtered_glob(pattern, recursive=False):
    return [f for f in _glob.glob(pattern, recursive=recursive) if _not_mine(f)]


_dedupe4.glob = _types.SimpleNamespace(glob=_filtered_glob)
_validate6.glob = _types.SimpleNamespace(glob=_filtered_glob)
