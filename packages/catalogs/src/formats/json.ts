import type { CatalogVersionDoc, ImportResult } from '../model';
import { parseJsonText } from './issues';
import { parseCatalogDoc } from './validate';

/**
 * Reads a `CatalogVersionDoc` as JSON. Issues inside `requirements` carry row = the requirement's
 * position (1-based) and column = its field; others carry row null and the dotted path.
 */
export function importCatalogJson(input: string | Uint8Array): ImportResult<CatalogVersionDoc> {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return parseCatalogDoc(json.value, {
    rowWord: 'item',
    requirement: (index, field) => ({
      row: index + 1,
      column: field,
      label: field ?? 'requirement',
    }),
  });
}

/** Pretty JSON with the model's key order (not the input's), so exports diff cleanly. */
export function exportCatalogJson(doc: CatalogVersionDoc): string {
  const { catalog, version } = doc;
  const canonical = {
    catalog: { code: catalog.code, titleJa: catalog.titleJa, titleEn: catalog.titleEn },
    version: {
      label: version.label,
      status: version.status,
      effectiveDate: version.effectiveDate,
      source: version.source,
      notes: version.notes,
      oscal: version.oscal,
    },
    requirements: doc.requirements.map((r) => ({
      code: r.code,
      parentCode: r.parentCode,
      order: r.order,
      titleJa: r.titleJa,
      titleEn: r.titleEn,
      textJa: r.textJa,
      textEn: r.textEn,
      audience: r.audience,
      level: r.level,
      facilitySizes: r.facilitySizes,
      serviceTypes: r.serviceTypes,
      defaultOwner: r.defaultOwner,
      phase: r.phase,
      checklistRefs: r.checklistRefs,
      unconfirmed: r.unconfirmed,
      kind: r.kind,
      withdrawn: r.withdrawn,
      oscal: r.oscal,
    })),
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}
