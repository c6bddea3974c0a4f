"""Set 35: build ../../stories_test27.jsonl from stories_spec.txt (setgen.generate_stories)."""
import os
import sys

from config30 import CFG
import setgen

if __name__ == '__main__':
    sys.exit(1 if setgen.generate_stories(os.path.join(CFG.tools_dir, 'stories_spec.txt'),
                                          os.path.join(setgen.DATA, CFG.stories)) else 0)
