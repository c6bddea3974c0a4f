"""Set 27: validate the conversations, answers_test21, gaps_test19 and stories_test19 (setgen.validate)."""
import sys

from config22 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
