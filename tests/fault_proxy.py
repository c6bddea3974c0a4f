"""A TCP relay in front of a real server (Redis, RabbitMQ) that a test turns hung or down.

- ``pass``: every byte relayed both ways;
- ``hang``: connections are accepted and kept, nothing is relayed either way (a server that
  accepts and never answers);
- ``down``: the listening socket is closed and every open connection reset (a stopped server:
  connection refused).
Back to ``pass``, it listens again on the same port and relays again (connections held while
hung carry on where they stopped).
"""
from __future__ import annotations

import asyncio
import threading
from typing import Optional, Set


class FaultProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1"):
        from bot.runner import free_port

        self.target = (target_host, target_port)
        self.port = free_port()
        self.mode = "pass"
        self._loop = asyncio.new_event_loop()
        self._server: Optional[asyncio.AbstractServer] = None
        self._writers: Set[asyncio.StreamWriter] = set()
        self._flowing = asyncio.Event()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def start(self) -> "FaultProxy":
        self._thread.start()
        self.set("pass")
        return self

    def set(self, mode: str) -> None:
        """``pass``, ``hang`` or ``down``; returns once the proxy is in that mode."""
        assert mode in ("pass", "hang", "down"), mode
        asyncio.run_coroutine_threadsafe(self._set(mode), self._loop).result(10)

    async def _set(self, mode: str) -> None:
        self.mode = mode
        if mode == "down":
            self._flowing.clear()
            if self._server is not None:
                self._server.close()
                await self._server.wait_closed()
                self._server = None
            for writer in list(self._writers):
                writer.transport.abort()
            self._writers.clear()
            return
        if self._server is None:
            self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port, reuse_address=True)
        if mode == "pass":
            self._flowing.set()
        else:
            self._flowing.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        await self._flowing.wait()  # hung: accepted, nothing more
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self._writers.add(up_writer)
        await asyncio.gather(self._relay(reader, up_writer), self._relay(up_reader, writer), return_exceptions=True)
        for w in (writer, up_writer):
            self._writers.discard(w)
            w.transport.abort()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            await self._flowing.wait()  # hung: the bytes wait here, as in a stopped server's socket
            writer.write(data)
            await writer.drain()
        writer.transport.abort()

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._set("down"), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
