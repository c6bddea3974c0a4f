"""What the reader's tests call: the values ``read`` finds in a message."""
from bot.reading import read


def values(catalogue, text, asked=None, known=None):
    return read(text, catalogue, asked, known).values()
