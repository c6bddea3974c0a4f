"""Set 30: validate the conversations, answers_test23, gaps_test21 and stories_test21 (setgen.validate)."""
import sys

from config25 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
