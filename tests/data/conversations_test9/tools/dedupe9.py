"""Set 14: near-duplicates against /work/main/tests/data and service overlaps (setgen.dedupe)."""
import sys

import setgen
from config9 import CFG

if __name__ == '__main__':
    sys.exit(1 if setgen.dedupe(CFG) else 0)
