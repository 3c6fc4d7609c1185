import type { Page } from '@playwright/test';

export interface Trapped {
  calls: string[];
  injected: string[];
}

/**
 * Before any page script: alert, confirm, prompt and print only record their calls; CSP
 * violations are recorded (a blocked injection is still an injection); and every element the
 * page gains is checked for script, frames, inline handlers and javascript: links.
 */
export async function setTraps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const trap = { calls: [] as string[], injected: [] as string[] };
    Object.assign(window, { __trap: trap });
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      Object.defineProperty(window, name, {
        configurable: true,
        writable: true,
        value: (...args: unknown[]) => {
          trap.calls.push(`${name}(${args.map(String).join(', ')})`);
          return null;
        },
      });
    }
    document.addEventListener('securitypolicyviolation', (event) => {
      trap.calls.push(`CSP ${event.violatedDirective} ${event.blockedURI}`);
    });
    const check = (el: Element) => {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'frame'].includes(tag)) {
        trap.injected.push(`<${tag}>`);
      }
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (attr.startsWith('on')) trap.injected.push(`${tag}[${attr}]`);
        if (/^\s*javascript:/i.test(value)) trap.injected.push(`${tag}[${attr}=${value}]`);
      }
      if (tag === 'img' && el.getAttribute('src') === 'x') trap.injected.push('img[src=x]');
    };
    // From the first change after the page's own HTML is parsed.
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.target instanceof Element && record.type === 'attributes') {
            check(record.target);
          }
          for (const node of record.addedNodes) {
            if (node instanceof Element) [node, ...node.querySelectorAll('*')].forEach(check);
          }
        }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
  });
}

export async function trapped(page: Page): Promise<Trapped> {
  return page.evaluate(() => (window as unknown as { __trap: Trapped }).__trap);
}
