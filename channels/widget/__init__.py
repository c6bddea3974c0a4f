"""The web widget: its source (src/, built by `make widget` with esbuild from
package-lock.json), its demo page, and the Rasa channel that serves both and
the conversation history (channel.py).

The channel class is imported on first use, so that channels.widget.history
(plain Python) can be read by the action server without importing Rasa."""

__all__ = ["WidgetInput"]


def __getattr__(name):
    if name == "WidgetInput":
        from channels.widget.channel import WidgetInput

        return WidgetInput
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
