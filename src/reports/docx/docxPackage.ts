import { Document, Packer } from 'docx';
import JSZip from 'jszip';

/** The parts of a Word package around the body of word/document.xml. */
export interface DocxPackage {
  /** Every part but word/document.xml, in the package's order, with the document's place among them. */
  parts: Array<{ name: string; content: Buffer } | { name: 'word/document.xml'; content: null }>;
  /** word/document.xml up to and including <w:body>. */
  documentStart: string;
  /** From the section properties (page size, margins) to the end of word/document.xml. */
  documentEnd: string;
}

export const DOCUMENT_PART = 'word/document.xml';

/**
 * The package the docx library writes for an empty document with this title (styles, numbering,
 * settings, core properties): the report's body is written apart, as text, so that a report of a
 * hundred thousand rows is not an object graph of a hundred thousand rows.
 */
export async function docxPackage(title: string): Promise<DocxPackage> {
  const empty = new Document({ creator: 'ikbot', title, sections: [{ children: [] }] });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(empty));
  const parts: DocxPackage['parts'] = [];
  let document = '';
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    if (file.name === DOCUMENT_PART) {
      document = await file.async('string');
      parts.push({ name: DOCUMENT_PART, content: null });
    } else parts.push({ name: file.name, content: await file.async('nodebuffer') });
  }
  const bodyStart = document.indexOf('<w:body>') + '<w:body>'.length;
  const sectionStart = document.indexOf('<w:sectPr', bodyStart);
  if (bodyStart < '<w:body>'.length || sectionStart < 0)
    throw new Error('The docx library wrote word/document.xml without <w:body> or <w:sectPr>.');
  return {
    parts,
    documentStart: document.slice(0, bodyStart),
    documentEnd: document.slice(sectionStart),
  };
}
