"""Set 14: build ../<style>.yml from spec_*.txt (setgen.generate_conversations, ids b14-)."""
import sys

import setgen
from config9 import CFG

if __name__ == '__main__':
    sys.exit(1 if setgen.generate_conversations(CFG.tools_dir, CFG.set_dir, CFG.prefix) else 0)
