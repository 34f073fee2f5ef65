// The worker side of `createCatalogParserPool`: one parse per task, off the server's event loop.
import {
  parseCatalogFile,
  type CatalogFileFormat,
  type CsvCatalogMeta,
} from '@bunkai/file-formats/catalog';

export interface CatalogParseTask {
  format: CatalogFileFormat;
  content: Uint8Array;
  csvMeta: CsvCatalogMeta | undefined;
}

export default function parse(task: CatalogParseTask) {
  return parseCatalogFile(task.format, task.content, task.csvMeta);
}
