"""Set 14: validate the conversations, answers_test8, gaps_test6 and stories_test6 (setgen.validate)."""
import sys

import setgen
from config9 import CFG

if __name__ == '__main__':
    sys.exit(1 if setgen.validate(CFG) else 0)
