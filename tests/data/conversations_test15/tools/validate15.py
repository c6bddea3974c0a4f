"""Set 20: validate the conversations, answers_test14, gaps_test12 and stories_test12 (setgen.validate)."""
import sys

from config15 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
