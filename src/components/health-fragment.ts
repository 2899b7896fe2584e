/**
 * Addresses of a role's or a document's findings from when document health was one page
 * ("/editors/health/#role-finance__controller", "#document-finance", also with "/" for "__") lead to
 * the page of that document's findings, keeping the fragment: there the role's first place carries
 * the id. The index links each document with `data-health-document`, so no address is rebuilt here.
 * "/" becomes "__" as `elementId` (routes.ts) makes it, not imported: the routes module would
 * weigh more than this script, and role ids hold no other character it changes.
 */
const id = decodeURIComponent(location.hash.slice(1)).replace(/\//g, '__');
const documentId = /^(?:role|document)-(.+?)(?:__|$)/.exec(id)?.[1];
const link =
  documentId && !document.getElementById(id)
    ? document.querySelector<HTMLAnchorElement>(`a[data-health-document="${CSS.escape(documentId)}"]`)
    : null;
if (link) location.replace(`${link.href}#${id}`);
