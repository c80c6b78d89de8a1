// Error texts can carry what a job handled (a mail server quoting the recipient, say). They are scrubbed of
// e-mail addresses and phone numbers before they reach a log line, a notice or a kept job.

const EMAIL = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[A-Za-z]{2,}/g;
const PHONE = /(?<![\w-])\+?\d[\d\s-]{7,}\d(?![\w-])/g;

export function scrubPersonalData(text: string): string {
  return text.replace(EMAIL, '[address]').replace(PHONE, '[number]');
}
