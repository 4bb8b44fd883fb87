/**
 * The trail above a page's content ("Trang chủ › Danh mục › …"), the last crumb being the page
 * itself. Written as one string (it is on most pages); `Breadcrumbs.astro` puts it in the page.
 */
import { escapeAttribute, escapeText } from '../../lib/html/escape.ts';
import type { Crumb } from '../../lib/seo/json-ld.ts';

const SEPARATOR = '<span aria-hidden="true" class="text-muted">\n›\n</span>';

export function breadcrumbsHtml(crumbs: readonly Crumb[], label: string): string {
  const items = crumbs.map((crumb, i) => {
    const shown =
      i === crumbs.length - 1
        ? `<span aria-current="page" class="font-semibold text-ink"> ${escapeText(crumb.label)} </span>`
        : `<a href="${escapeAttribute(crumb.href)}" class="inline-block py-1"> ${escapeText(crumb.label)} </a>`;
    return `<li class="flex items-center gap-x-1"> ${i > 0 ? SEPARATOR : ''} ${shown} </li>`;
  });
  return (
    `<nav aria-label="${escapeAttribute(label)}" class="text-sm text-muted">` +
    ` <ol class="flex flex-wrap items-center gap-x-1 gap-y-1"> ${items.join('')} </ol> </nav>`
  );
}
