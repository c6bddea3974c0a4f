"""Set 18: near-duplicates against /work/main/tests/data and service overlaps (setgen.dedupe)."""
import sys

from config13 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.dedupe(CFG) else 0)
