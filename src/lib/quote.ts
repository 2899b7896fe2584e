/** Quotes text in a message or on a page, shortened so one line stays readable: “response response”. */
export function quote(text: string, max = 80): string {
  const t = text.trim();
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}
