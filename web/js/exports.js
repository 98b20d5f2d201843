// Export links: plain links to the server's export routes (it sends Content-Disposition: attachment), so
// the browser downloads the file with the sign-in cookie and nothing is built in the page.
import { h } from './dom.js';

export function exportLinks(label, links) {
  return h('div', { class: 'exports no-print', role: 'group', 'aria-label': label },
    h('span', { class: 'exports-label', text: `${label}: ` }),
    links.map((l) => h('a', { class: 'button secondary export', href: l.href, download: '', 'data-format': l.label.toLowerCase() },
      l.label, h('span', { class: 'visually-hidden', text: ` (${label})` }))));
}
