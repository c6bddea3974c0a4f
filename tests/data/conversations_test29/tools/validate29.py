"""Set 34: validate the conversations, answers_test28, gaps_test26 and stories_test26 (setgen.validate)."""
import sys

from config29 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
