"""Set 18: validate the conversations, answers_test12, gaps_test10 and stories_test10 (setgen.validate)."""
import sys

from config13 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
