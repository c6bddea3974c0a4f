"""Set 16: validate the conversations, answers_test10, gaps_test8 and stories_test8 (setgen.validate)."""
import sys

from config11 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
