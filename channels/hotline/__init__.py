"""The hotline operators' console: suggestions while a caller talks, and the
hand-off queue (channel.py; the page's source is channels/widget/src/console/,
built with the widget). The channel class is imported on first use."""

__all__ = ["HotlineInput"]


def __getattr__(name):
    if name == "HotlineInput":
        from channels.hotline.channel import HotlineInput

        return HotlineInput
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
