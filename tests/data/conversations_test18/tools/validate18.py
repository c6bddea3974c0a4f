"""Set 23: validate the conversations, answers_test17, gaps_test15 and stories_test15 (setgen.validate)."""
import sys

from config18 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
