"""Set 32: validate the conversations, answers_test26, gaps_test24 and stories_test24 (setgen.validate)."""
import sys

from config27 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
