"""The web widget: its source (src/, built by `make widget` with esbuild from
package-lock.json), its demo page, and the Rasa channel that serves both and
the conversation history (channel.py)."""
from channels.widget.channel import WidgetInput

__all__ = ["WidgetInput"]
