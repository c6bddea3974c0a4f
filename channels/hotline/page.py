"""The console's HTML shell and its login page (the console itself is a script built by `make widget`)."""
from __future__ import annotations

import html
import json
from typing import Sequence

_HEAD = ('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
         '<meta name="viewport" content="width=device-width, initial-scale=1">'
         '<meta name="referrer" content="no-referrer">')

LOGIN_PAGE = _HEAD + """<title>12345 热线助手 · 登录</title>
<style>body{font:16px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;max-width:26rem;margin:4rem auto;padding:0 1rem}
input,button{font:inherit;padding:.4rem .6rem}input{width:100%;box-sizing:border-box}.error{color:#b00020}</style>
</head><body><h1>12345 热线助手</h1><p>请输入热线控制台令牌（HOTLINE_TOKEN）。</p><!--error-->
<form method="post" action="login"><label>令牌 <input name="token" type="password" autocomplete="current-password"
required autofocus></label><p><button type="submit">登录</button></p></form></body></html>"""


def console_page(script_name: str, districts: Sequence[str]) -> str:
    """``districts``: the knowledge base's districts and counties, for the console's district list."""
    data = html.escape(json.dumps(list(districts), ensure_ascii=False), quote=True)
    return _HEAD + f"""<title>12345 热线助手</title></head><body>
<div id="hotline-console" data-districts="{data}"><noscript>热线助手需要启用 JavaScript。</noscript></div>
<script src="{script_name}"></script></body></html>"""
