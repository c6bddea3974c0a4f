"""Set 19: validate the conversations, answers_test13, gaps_test11 and stories_test11 (setgen.validate)."""
import sys

from config14 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
