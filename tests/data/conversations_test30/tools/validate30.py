"""Set 35: validate the conversations, answers_test29, gaps_test27 and stories_test27 (setgen.validate)."""
import sys

from config30 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
