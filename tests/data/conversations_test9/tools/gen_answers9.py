"""Set 14: build ../../answers_test8.jsonl from answers_spec.txt (setgen.generate_answers, ids p001...)."""
import os
import sys

import setgen
from config9 import CFG

if __name__ == '__main__':
    sys.exit(1 if setgen.generate_answers(os.path.join(CFG.tools_dir, 'answers_spec.txt'),
                                          os.path.join(setgen.DATA, CFG.answers), CFG.aprefix) else 0)
