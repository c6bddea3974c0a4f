"""Set 15: validate the conversations, answers_test9, gaps_test7 and stories_test7 (setgen.validate)."""
import sys

from config10 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
