"""Set 35: build ../../gaps_test27.jsonl from gaps_spec.txt (setgen.generate_gaps)."""
import os
import sys

from config30 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.generate_gaps(os.path.join(CFG.tools_dir, 'gaps_spec.txt'),
                                       os.path.join(setgen.DATA, CFG.gaps)) else 0)
