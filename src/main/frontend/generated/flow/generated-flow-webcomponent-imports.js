import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/card/src/vaadin-card.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '15d6453119989108190e36c2c3df7c2b4e444b3c61dcf2fc9df9a7ed9a84d07a') {
    pending.push(import('./chunks/chunk-2a2f0f3db8a1574da941c5bda1040351f2f30e3e9102a993a0d317cc1651007c.js'));
  }
  if (key === '6d5e40954c8a7d1a6e80acaf513b337fed9db05b37567750d5bfbd21ed305e65') {
    pending.push(import('./chunks/chunk-a98adfb03b5cbbdbc732eec4b963b44864e18e14012a062ddb3c93af2041b636.js'));
  }
  if (key === 'e267794ab8e4f1f64862aaf230d4566c4b14d7a28aaaff068cf73dce7bdc5281') {
    pending.push(import('./chunks/chunk-2a2f0f3db8a1574da941c5bda1040351f2f30e3e9102a993a0d317cc1651007c.js'));
  }
  if (key === '167711dc4b2858066d6576edec00ff98d2e868be50807251b90474f0fca9e6bb') {
    pending.push(import('./chunks/chunk-8ea5297937ca8d6f46a6b475e6abe2899c3cc317262c56703a752c0aab6bd874.js'));
  }
  if (key === '7288bae0fbd3e66708a1e99232d9cbbf53e3f39b3047ac97e2e2cd1e00c246c9') {
    pending.push(import('./chunks/chunk-dd3c11ed0fa3c86dadb7a7c9d359106316aae412e256afcb02e2ba9c40e1b41f.js'));
  }
  if (key === '299934aeb0172d3154b276aef6bc7553f4c5a2698a77f2cc261bffcef87b12d3') {
    pending.push(import('./chunks/chunk-2a2f0f3db8a1574da941c5bda1040351f2f30e3e9102a993a0d317cc1651007c.js'));
  }
  if (key === '4cd2d099c30dfe05cff0054aa235de71df82cccacab1e1f057cff0d2fd75f03c') {
    pending.push(import('./chunks/chunk-2a2f0f3db8a1574da941c5bda1040351f2f30e3e9102a993a0d317cc1651007c.js'));
  }
  if (key === '9b219e91233524e10c09aa61339f32b99cdd304198eeea34b232ef4a0952245a') {
    pending.push(import('./chunks/chunk-45252e22d4a5f5e5f2e144ab6e724829622e5dd66a3260c2d10dd3a2840b7e82.js'));
  }
  if (key === '58dd426730c2fdc84d84eda4b671f4afd4f3bf9f50c6e4467162182e9a3bf356') {
    pending.push(import('./chunks/chunk-2a2f0f3db8a1574da941c5bda1040351f2f30e3e9102a993a0d317cc1651007c.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}