// First: it loads Lit's hydration support before any element is defined.
import { serverRendered } from '../../test/ssr-helpers.js';
import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import './kpi-board.js';

afterEach(cleanup);

const ids = (el: HTMLElement): string[] => [...shadow(el).querySelectorAll<HTMLElement>('[role="listitem"]')].map((t) => t.dataset.id ?? '');

describe('<kpi-board> server rendering', () => {
  it('renders tiles with nested gauges on the server and hydrates without re-creating its DOM', async () => {
    const attributes = { team: 'engineering', locale: 'en-GB' };
    const markup = await commands.renderSsr('kpi-board', attributes, snapshot);
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(markup).toContain('role="list"');
    expect(markup).toContain('Web shop uptime');
    // The nested gauge is server-rendered too, with its own declarative shadow root.
    expect(markup).toMatch(/<kpi-gauge[^>]*>\s*<template shadowroot="open"/);
    expect(markup).toContain('99.97 %');
    const el = await serverRendered('kpi-board', attributes, snapshot);
    const list = shadow(el).querySelector('[role="list"]');
    expect(ids(el)).toEqual(['checkout-load-time', 'uptime']);
    el.setAttribute('team', 'growth');
    await settle(el);
    expect(shadow(el).querySelector('[role="list"]')).toBe(list);
    expect(ids(el)).toEqual(['signups', 'site-visitors', 'trial-conversion']);
  });

  it('renders each tile as a real link with href, so it leads to its KPI without JavaScript', async () => {
    const markup = await commands.renderSsr('kpi-board', { team: 'platform', href: '/kpis/{id}/', locale: 'en-GB' }, snapshot);
    expect(markup).toMatch(/<a part="tile-link" class="tile-button" href="\/kpis\/uptime\/"/);
    expect(markup).not.toContain('<button');
    const el = await serverRendered('kpi-board', { team: 'platform', href: '/kpis/{id}/', locale: 'en-GB' }, snapshot);
    const link = shadow(el).querySelector('a[part="tile-link"]');
    el.setAttribute('href', '/k/{id}');
    await settle(el);
    expect(shadow(el).querySelector('a[part="tile-link"]')).toBe(link);
    expect(link?.getAttribute('href')).toBe('/k/uptime');
  });

  it('renders sparkline tiles on the server', async () => {
    const markup = await commands.renderSsr('kpi-board', { tile: 'sparkline', key: '', locale: 'en-GB' }, snapshot);
    expect(markup).toContain('part="sparkline"');
    expect(markup).not.toContain('<kpi-gauge');
    const el = await serverRendered('kpi-board', { tile: 'sparkline', key: '', locale: 'en-GB' }, snapshot);
    const first = shadow(el).querySelector('[role="listitem"]');
    el.setAttribute('health', 'healthy');
    await settle(el);
    expect(ids(el)).toEqual(['employee-engagement', 'revenue', 'uptime']);
    expect(shadow(el).querySelector('[role="listitem"]')).toBe(first);
  });
});
