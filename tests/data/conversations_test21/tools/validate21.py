"""Set 26: validate the conversations, answers_test20, gaps_test18 and stories_test18 (setgen.validate)."""
import sys

from config21 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
