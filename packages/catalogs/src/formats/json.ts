import type { CatalogVersionDoc, ImportResult, OscalParam } from '../model';
import { jsonDocumentIssues, jsonPathLabel, parseJsonText } from './issues';
import { expansionIssue, expansionOverflow } from './oscal-guard';
import { parseCatalogDoc } from './validate';

/**
 * Reads a `CatalogVersionDoc` as JSON. Issues inside `requirements` carry row = the requirement's
 * position (1-based) and column = its field; others carry row null and the dotted path.
 */
export function importCatalogJson(input: string | Uint8Array): ImportResult<CatalogVersionDoc> {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const unreadable = jsonDocumentIssues(json.value);
  if (unreadable.length > 0) return { ok: false, issues: unreadable };
  const parsed = parseCatalogDoc(json.value, {
    rowWord: 'item',
    requirement: (index, field) => ({
      row: index + 1,
      column: field,
      label: field ?? 'requirement',
    }),
  });
  if (!parsed.ok) return parsed;
  // The stored OSCAL nodes are rendered for readers: their insertions are bounded as an OSCAL file's.
  const { requirements } = parsed.value;
  const params = new Map<string, OscalParam>();
  for (const r of requirements) {
    for (const p of r.oscal?.params ?? []) if (!params.has(p.id)) params.set(p.id, p);
  }
  const overflow = expansionOverflow(
    requirements.map((r, index) => ({ node: r.oscal, path: [index, 'oscal'] })),
    params,
  );
  if (!overflow) return parsed;
  const [index, ...field] = overflow;
  const where = jsonPathLabel(field);
  return { ok: false, issues: [expansionIssue(Number(index) + 1, where.column, where)] };
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
