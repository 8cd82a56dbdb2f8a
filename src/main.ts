import { mount } from 'svelte';
import './ui/styles';
import App from './ui/App.svelte';

mount(App, { target: document.getElementById('app')! });
