"""Set 13: build ../../stories_test5.jsonl from stories_spec.txt (bodies|domains|text).

As set 12's gen_stories4.py: set 11's gen_stories3.py is imported, not copied and not run as a script;
its main() (bodies are agencies.yml keys, at least two, most important first; domains 1-8; 100-300
characters; 30 unique stories) is pointed at this folder's spec and this set's output file.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(DATA, 'conversations_test6', 'tools'))
import gen_stories3  # noqa: E402  (set 11's; importing it writes nothing)

gen_stories3.HERE = HERE
gen_stories3.OUT = os.path.join(DATA, 'stories_test5.jsonl')

if __name__ == '__main__':
    gen_stories3.main()
