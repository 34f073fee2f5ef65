// The worker side of `createCatalogParserPool`: one parse per task, off the server's event loop.
import { parseCatalogFile, type CsvCatalogMeta } from '@bunkai/file-formats/catalog';
import type { CatalogFileFormat } from '@bunkai/model';

export interface CatalogParseTask {
  format: CatalogFileFormat;
  content: Uint8Array;
  csvMeta: CsvCatalogMeta | undefined;
}

export default function parse(task: CatalogParseTask) {
  return parseCatalogFile(task.format, task.content, task.csvMeta);
}
