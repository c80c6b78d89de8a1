// QR codes drawn on the server as SVG (the `qrcode` library): the page prints without any script, and the
// secret inside never travels to a third party.
import QRCode from 'qrcode';

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}
