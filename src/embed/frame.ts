/** Entry of embed.html, the iframe route: embed.html?calculator=<id>&lang=zh-CN|en&asOf=YYYY-MM-DD&elderly=1&controls=none */
import { mount } from 'svelte';
import '../ui/styles';
import { setLocale } from '../i18n/i18n.svelte';
import Frame from './Frame.svelte';
import { optionsFromQuery } from './options';

const options = optionsFromQuery(location.search);
await setLocale(options.lang);
document.documentElement.classList.toggle('large-text', options.elderly);
mount(Frame, { target: document.getElementById('app')!, props: { options } });
