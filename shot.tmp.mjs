import { chromium } from 'playwright-core';
const [url, out, w='1000', actions=''] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: Number(w), height: 900 } });
p.on('console', m => console.log('console:', m.type(), m.text()));
p.on('pageerror', e => console.log('pageerror:', e.message));
await p.goto(url);
await p.waitForTimeout(500);
if (actions) { const f = new Function('p', `return (async()=>{${actions}})()`); await f(p); await p.waitForTimeout(500); }
await p.screenshot({ path: out, fullPage: true });
await b.close();
