"""Set 31: validate the conversations, answers_test25, gaps_test23 and stories_test23 (setgen.validate)."""
import sys

from config26 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
