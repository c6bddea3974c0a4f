"""Set 28: validate the conversations, answers_test22, gaps_test20 and stories_test20 (setgen.validate)."""
import sys

from config23 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
