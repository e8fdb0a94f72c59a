import { createHash } from 'node:crypto';
import { XMLBuilder } from 'fast-xml-parser';
import type { FeedEntry } from './feed-entries.js';

/** What a feed says about itself; addresses are paths under the site's base. */
export interface FeedHead {
  title: string;
  description: string;
  /** The page the feed follows (the home or a team page). */
  page: string;
  /** The feed's own address. */
  self: string;
  /** Who publishes the goals: the organisation or the site's title. */
  publisher: string;
  locale: string;
  /** The day the feed is as of when it has no entries. */
  asOf: string;
  /** `site.url`: with it every link is absolute; without it links are paths and ids are urn:uuid. */
  siteUrl: string | null;
}

const ATOM = 'http://www.w3.org/2005/Atom';
/** The RFC 9562 namespace for names that are URLs; every entry's id is a name-based UUID under it. */
const URL_NAMESPACE = '6ba7b8119dad11d180b400c04fd430c8';

/**
 * A stable id that does not change when the site moves to another address: a name-based
 * (version 5) UUID of the publisher and the entry's key.
 */
export function entryId(publisher: string, key: string): string {
  const hash = createHash('sha1').update(Buffer.from(URL_NAMESPACE, 'hex')).update(`cairn:${publisher}:${key}`, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const address = (head: FeedHead, path: string): string => (head.siteUrl ? new URL(path, head.siteUrl).href : path);
const instant = (date: string): string => `${date}T00:00:00Z`;

/** Characters XML 1.0 cannot hold at all (control characters, lone surrogates); a title may carry them. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (text: string): string => text.replace(NOT_XML, '');

/** Writes XML from plain objects, escaping every text and attribute; one builder, never changed. */
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });
const text = (value: string): { '@type': 'text'; '#text': string } => ({ '@type': 'text', '#text': xmlText(value) });
const person = (name: string): { name: string } => ({ name: xmlText(name) });

/** An Atom 1.0 document; every text goes through the XML builder, which escapes it. */
export function atomFeed(head: FeedHead, entries: readonly FeedEntry[]): string {
  const feed = {
    '@xmlns': ATOM,
    '@xml:lang': head.locale,
    id: head.siteUrl ? address(head, head.self) : entryId(head.publisher, `feed:${head.self}`),
    title: text(head.title),
    subtitle: text(head.description),
    updated: instant(entries[0]?.date ?? head.asOf),
    link: [
      { '@rel': 'alternate', '@type': 'text/html', '@href': address(head, head.page) },
      { '@rel': 'self', '@type': 'application/atom+xml', '@href': address(head, head.self) },
    ],
    author: person(head.publisher),
    generator: 'Cairn',
    entry: entries.map((entry) => ({
      id: entryId(head.publisher, entry.key),
      title: text(entry.title),
      link: { '@rel': 'alternate', '@type': 'text/html', '@href': address(head, entry.path) },
      updated: instant(entry.date),
      published: instant(entry.date),
      author: entry.authors.map(person),
      category: { '@term': entry.kind, '@label': entry.kind === 'checkin' ? 'Check-in' : 'KPI measurement' },
      summary: text(entry.summary),
    })),
  };
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ feed })}`;
}

/** A JSON Feed 1.1 document (JSON.stringify escapes every text). */
export function jsonFeed(head: FeedHead, entries: readonly FeedEntry[]): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: head.title,
    description: head.description,
    home_page_url: address(head, head.page),
    feed_url: address(head, head.self),
    language: head.locale,
    authors: [{ name: head.publisher }],
    items: entries.map((entry) => ({
      id: entryId(head.publisher, entry.key),
      url: address(head, entry.path),
      title: entry.title,
      content_text: entry.summary,
      date_published: instant(entry.date),
      ...(entry.authors.length > 0 ? { authors: entry.authors.map((name) => ({ name })) } : {}),
      tags: [entry.kind],
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
