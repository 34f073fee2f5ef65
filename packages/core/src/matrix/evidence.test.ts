import { describe, expect, it } from 'vitest';
import { detectEvidenceType } from './evidence';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00];
const bytes = (list: number[]) => Uint8Array.from(list);

describe('detectEvidenceType: an upload is what its first bytes say', () => {
  it('accepts PDF, PNG, JPEG, XLSX and DOCX whose bytes match the name', () => {
    expect(detectEvidenceType('契約書.PDF', bytes(PDF))).toBe('application/pdf');
    expect(detectEvidenceType('構成図.png', bytes(PNG))).toBe('image/png');
    expect(detectEvidenceType('写真.jpeg', bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectEvidenceType('写真.jpg', bytes([0xff, 0xd8, 0xff, 0xe1]))).toBe('image/jpeg');
    expect(detectEvidenceType('確認表.xlsx', bytes(ZIP))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(detectEvidenceType('SLA.docx', bytes(ZIP))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('refuses a file renamed to look like another type', () => {
    expect(detectEvidenceType('契約書.pdf', bytes(PNG))).toBeNull();
    expect(detectEvidenceType('script.pdf', new TextEncoder().encode('#!/bin/sh'))).toBeNull();
  });

  it('refuses other types, names without a type and files too short to tell', () => {
    expect(detectEvidenceType('archive.zip', bytes(ZIP))).toBeNull();
    expect(detectEvidenceType('契約書', bytes(PDF))).toBeNull();
    expect(detectEvidenceType('契約書.pdf', bytes(PDF.slice(0, 3)))).toBeNull();
    expect(detectEvidenceType('empty.png', new Uint8Array())).toBeNull();
  });
});
