"""Set 34: build ../../answers_test28.jsonl from answers_spec.txt (setgen.generate_answers, ids af001...)."""
import os
import sys

from config29 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.generate_answers(os.path.join(CFG.tools_dir, 'answers_spec.txt'),
                                          os.path.join(setgen.DATA, CFG.answers), CFG.aprefix) else 0)
