// Embeds the widget: <div id="huzhou-assistant"></div> and this script. It
// finds the assistant from its own address (…/widget/huzhou-widget.js), or
// from data-server on the element or the script tag, and draws itself in a
// shadow root so the host page's styles and the widget's never meet.
import React from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import { makeApi } from './api';
import chatuiCss from '@chatui/core/dist/index.css';
import ownCss from './styles.css';

const ELEMENT_ID = 'huzhou-assistant';
const script = document.currentScript;

function serverBase(element) {
  const configured = element.dataset.server || (script && script.dataset.server);
  if (configured) return new URL(configured, window.location.href).href.replace(/\/?$/, '/');
  // The script sits at <base>/widget/huzhou-widget.js: <base> is the assistant.
  return new URL('../', script ? script.src : window.location.href).href;
}

function mount() {
  let element = document.getElementById(ELEMENT_ID);
  if (!element) {
    element = document.createElement('div');
    element.id = ELEMENT_ID;
    document.body.appendChild(element);
  }
  if (element.shadowRoot) return; // the script was included twice
  const shadow = element.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = chatuiCss + ownCss;
  const container = document.createElement('div');
  container.className = 'hz-root';
  container.lang = 'zh-CN';
  shadow.append(style, container);
  const controls = {};
  window.HuzhouAssistant = {
    open: () => controls.open && controls.open(),
    close: () => controls.close && controls.close(),
  };
  createRoot(container).render(
    <App api={makeApi(serverBase(element))} startOpen={element.dataset.open === 'true'} controls={controls} />,
  );
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mount);
} else {
  mount();
}
