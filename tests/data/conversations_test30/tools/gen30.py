"""Set 35: build ../<style>.yml from spec_*.txt (setgen.generate_conversations, ids b35-)."""
import sys

from config30 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.generate_conversations(CFG.tools_dir, CFG.set_dir, CFG.prefix) else 0)
