"""Set 33: build ../../gaps_test25.jsonl from gaps_spec.txt (setgen.generate_gaps)."""
import os
import sys

from config28 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.generate_gaps(os.path.join(CFG.tools_dir, 'gaps_spec.txt'),
                                       os.path.join(setgen.DATA, CFG.gaps)) else 0)
