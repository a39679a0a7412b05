// The text of a downloaded PDF, as a reader would copy it (pdf.js, no browser needed).
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(path) {
  const document = await getDocument({ data: new Uint8Array(await readFile(path)), useSystemFonts: false }).promise;
  const lines = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    lines.push(content.items.map((item) => item.str).join(' '));
  }
  return lines.join('\n');
}
