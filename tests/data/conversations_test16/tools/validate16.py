"""Set 21: validate the conversations, answers_test15, gaps_test13 and stories_test13 (setgen.validate)."""
import sys

from config16 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
