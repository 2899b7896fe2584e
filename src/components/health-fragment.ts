/**
 * Addresses of a role's or a document's findings from when document health was one page
 * ("/editors/health/#role-finance__controller", "#document-finance", also with "/" for "__") lead to
 * the page of that document's findings, keeping the fragment, where the role's first place carries
 * the id. The index links each document with `data-health-document`, so no address is rebuilt here.
 */
import { elementId } from '../lib/handbook/routes.ts';

function follow(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const m = /^(role|document)-(.+)$/.exec(id);
  if (!m || document.getElementById(id)) return;
  const documentId = m[2]!.split(/__|\//)[0]!;
  const link = [...document.querySelectorAll<HTMLAnchorElement>('a[data-health-document]')].find(
    (a) => a.dataset.healthDocument === documentId,
  );
  if (link) location.replace(m[1] === 'role' ? `${link.href}#${elementId(id)}` : link.href);
}

follow();
addEventListener('hashchange', follow);
