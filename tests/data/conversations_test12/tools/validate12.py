"""Set 17: validate the conversations, answers_test11, gaps_test9 and stories_test9 (setgen.validate)."""
import sys

from config12 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
