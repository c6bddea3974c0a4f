"""Set 24: validate the conversations, answers_test18, gaps_test16 and stories_test16 (setgen.validate)."""
import sys

from config19 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
