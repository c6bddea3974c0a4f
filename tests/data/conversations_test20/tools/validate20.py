"""Set 25: validate the conversations, answers_test19, gaps_test17 and stories_test17 (setgen.validate)."""
import sys

from config20 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
