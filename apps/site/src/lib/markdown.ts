import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * GitHub's sanitising schema, narrowed: links only to http(s), mailto and relative URLs, images
 * only from the site itself (no request may leave the origin), and no ids or classes that could
 * clash with the page's own.
 */
const schema = {
  ...defaultSchema,
  clobberPrefix: 'narrative-',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: [] },
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['input', 'img', 'picture', 'source'].includes(tag)),
};

// Raw HTML in the markdown is never parsed into elements (allowDangerousHtml is off): it drops out.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify).freeze();

/** A narrative's markdown as safe HTML: no raw HTML, scripts, event handlers or odd URL schemes. */
export function narrativeHtml(markdown: string): string {
  if (markdown.trim() === '') return '';
  return String(processor.processSync(markdown));
}
