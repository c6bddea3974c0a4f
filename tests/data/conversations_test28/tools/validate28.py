"""Set 33: validate the conversations, answers_test27, gaps_test25 and stories_test25 (setgen.validate)."""
import sys

from config28 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
