"""Set 22: validate the conversations, answers_test16, gaps_test14 and stories_test14 (setgen.validate)."""
import sys

from config17 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
