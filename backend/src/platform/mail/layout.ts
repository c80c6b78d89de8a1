// A plain, accessible HTML frame for every mail; the text part carries the same words.

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export interface MailBody {
  lang: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

export function renderMail(b: MailBody): { text: string; html: string } {
  const text = [
    b.heading,
    '',
    ...b.paragraphs.flatMap((p) => [p, '']),
    ...(b.action ? [`${b.action.label}:`, b.action.url, ''] : []),
    '--',
    b.footer,
  ].join('\n');
  const html = `<!doctype html><html lang="${escapeHtml(b.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(b.heading)}</title></head>
<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5;color:#1a1a1a;background:#ffffff">
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(b.heading)}</h1>
${b.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('\n')}
${b.action ? `<p style="margin:24px 0"><a href="${escapeHtml(b.action.url)}" style="display:inline-block;padding:12px 20px;background:#0b5394;color:#ffffff;text-decoration:underline;border-radius:6px">${escapeHtml(b.action.label)}</a></p><p style="margin:0 0 16px;font-size:14px;word-break:break-all">${escapeHtml(b.action.url)}</p>` : ''}
<hr style="border:none;border-top:1px solid #cccccc;margin:24px 0">
<p style="font-size:14px;color:#444444">${escapeHtml(b.footer)}</p>
</body></html>`;
  return { text, html };
}
