import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../src/transcripts/manifest.js';

const SEEDS = 'seeds/mfa-en';
const PER_PAGE = 10;

function listingHtml(section: string, links: { href: string; title: string; date: string }[], page: number, pages: number): string {
  const items = links.map((l) => `<li><a href="${l.href}" target="_blank">${l.title}</a><span>${l.date}</span></li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${section}_Ministry of Foreign Affairs of the People's Republic of China</title></head>
<body>
<div class="header"><a href="/eng/">Home</a> <a href="/eng/xw/">News</a></div>
<div class="newsBd"><div class="list1"><ul class="news_list">
${items}
</ul></div></div>
<div class="page"><script>var countPage = ${pages}; var currentPage = ${page}; createPageHTML(countPage, currentPage, "index", "html");</script></div>
</body></html>
`;
}

/**
 * A copy of the Ministry's site as it is served now (SITE.md), made of the newest `count` bundled
 * 2018-2020 pages: each at `/eng/xw/fyrbt/lxjzh/YYYYMM/<its file>`, listed newest first, ten a
 * page, in the 2026 listing markup; the remarks section is an empty listing. Returns the item paths.
 */
export function writeSyntheticSite(root: string, count: number): string[] {
  const manifest = readManifest(SEEDS);
  const pages = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.shtml') && manifest.get(f)?.date)
    .sort((a, b) => manifest.get(b)!.date!.localeCompare(manifest.get(a)!.date!) || b.localeCompare(a))
    .slice(0, count);
  const section = join(root, 'eng/xw/fyrbt/lxjzh');
  const links = pages.map((file) => {
    const entry = manifest.get(file)!;
    const month = entry.date!.slice(0, 7).replace('-', '');
    mkdirSync(join(section, month), { recursive: true });
    copyFileSync(join(SEEDS, file), join(section, month, file));
    return { href: `./${month}/${file}`, title: entry.title!, date: entry.date! };
  });
  const listingPages = Math.ceil(links.length / PER_PAGE);
  for (let page = 0; page < listingPages; page++) {
    const name = page === 0 ? 'index.html' : `index_${page}.html`;
    writeFileSync(join(section, name), listingHtml('Regular Press Conferences', links.slice(page * PER_PAGE, (page + 1) * PER_PAGE), page, listingPages));
  }
  mkdirSync(join(root, 'eng/xw/fyrbt/fyrbt'), { recursive: true });
  writeFileSync(join(root, 'eng/xw/fyrbt/fyrbt/index.html'), listingHtml("Spokesperson's Remarks", [], 0, 1));
  return links.map((l) => `/eng/xw/fyrbt/lxjzh/${l.href.slice(2)}`);
}

/** Serves a folder at its paths on loopback (404 otherwise); for the benchmark's site. */
export async function serveFolder(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { normalize } = await import('node:path');
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    readFile(join(root, path)).then(
      (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
