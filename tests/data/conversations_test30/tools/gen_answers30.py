"""Set 35: build ../../answers_test29.jsonl from answers_spec.txt (setgen.generate_answers, ids ag001...)."""
import os
import sys

from config30 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.generate_answers(os.path.join(CFG.tools_dir, 'answers_spec.txt'),
                                          os.path.join(setgen.DATA, CFG.answers), CFG.aprefix) else 0)
