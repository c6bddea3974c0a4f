// The 12345 hotline console: served at /webhooks/hotline/console by the Rasa
// server (channels/hotline/), built by `make widget` beside the web widget.
import React from 'react';
import { createRoot } from 'react-dom/client';
import Console from './Console';
import css from './console.css';

const style = document.createElement('style');
style.textContent = css;
document.head.appendChild(style);
createRoot(document.getElementById('hotline-console')).render(<Console />);
