import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FactList, Muted } from '@bunkai/ui';
import type { RequirementLink, RequirementParam, RequirementPart } from '../../../lib/types';
import { itemLabel, useCatalogText } from '../../../components/catalog-labels';
import type { VersionSearch } from '../search';

/*
 * What an imported OSCAL control says beyond its text: its parameters, its statement as the tree
 * of items it is, its other parts (guidance, assessment…) and its links. The API renders every
 * parameter placeholder; here the OSCAL names get words in the reader's language.
 */

/** A part's name in words: Bunkai's for the names it knows, else the part's title or name. */
function usePartName() {
  const { t } = useTranslation();
  return (part: RequirementPart, lng?: 'en') =>
    part.known ? t(`catalogs.oscal.parts.${part.known}`, { lng }) : (part.title ?? part.name);
}

/** A nested part as one line: its label (`a.`), its kind where it differs, title and prose. */
function PartItems({ parent }: { parent: RequirementPart }) {
  const partName = usePartName();
  if (parent.parts.length === 0) return null;
  return (
    <ul className="bk-parts">
      {parent.parts.map((part, index) => {
        const kind = part.name !== parent.name && part.name !== 'item' ? partName(part) : null;
        const title = kind === part.title ? null : part.title;
        return (
          <li key={`${part.name}-${index}`}>
            <p className="bk-prose">
              {part.label ? <span className="bk-mono">{part.label}</span> : null}{' '}
              {kind ? <strong>{kind}：</strong> : null}
              {title ? <strong>{title} </strong> : null}
              {part.prose}
            </p>
            <PartItems parent={part} />
          </li>
        );
      })}
    </ul>
  );
}

/** The statement's own prose and its items (a., 1. …) as nested lists. */
export function Statement({ statement }: { statement: RequirementPart }) {
  return (
    <>
      {statement.prose ? <p className="bk-prose">{statement.prose}</p> : null}
      <PartItems parent={statement} />
    </>
  );
}

/** Each top-level part under its heading; in Japanese, the English name in small print below. */
export function Parts({ parts }: { parts: RequirementPart[] }) {
  const text = useCatalogText();
  const partName = usePartName();
  return parts.map((part, index) => {
    const heading = partName(part);
    const english = part.known && !text.en ? partName(part, 'en') : null;
    return (
      <section key={`${part.name}-${index}`} aria-label={heading}>
        <h3>
          {part.label ? <span className="bk-mono">{part.label}</span> : null} {heading}
          {english ? (
            <span className="bk-sub" lang="en">
              {english}
            </span>
          ) : null}
        </h3>
        {part.known && part.title ? <p className="bk-part-title">{part.title}</p> : null}
        {part.prose ? <p className="bk-prose">{part.prose}</p> : null}
        <PartItems parent={part} />
      </section>
    );
  });
}

/** Parameters as a list of terms: the value assigned, the choices, or that each organization sets it. */
export function Params({ params }: { params: RequirementParam[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Muted>{t('catalogs.detail.paramsLead')}</Muted>
      <FactList
        items={params.map((p) => ({
          id: p.id,
          label: (
            <>
              {p.label ?? p.id}
              {p.label ? <span className="bk-sub bk-mono">{p.id}</span> : null}
            </>
          ),
          value: (
            <>
              {p.values.length > 0 ? (
                t('catalogs.detail.paramValues', {
                  values: p.values.join(t('common.listSeparator')),
                })
              ) : p.choices.length > 0 ? (
                <>
                  {t(
                    p.howMany === 'one-or-more'
                      ? 'catalogs.detail.paramChoiceMany'
                      : 'catalogs.detail.paramChoiceOne',
                  )}
                  <ul className="bk-choices">
                    {p.choices.map((choice, index) => (
                      <li key={index}>{choice}</li>
                    ))}
                  </ul>
                </>
              ) : (
                t('catalogs.detail.paramAssignment')
              )}
              {p.guidelines.map((g, index) => (
                <span key={index} className="bk-sub">
                  {g}
                </span>
              ))}
            </>
          ),
        }))}
      />
    </>
  );
}

// Only web addresses become links out of the app; other hrefs (back-matter ids, URNs) are text.
const WEB_ADDRESS = /^https?:\/\//i;

/** Links by relation; one to a requirement of this version opens it (a withdrawn item's successor). */
export function Links({
  links,
  versionId,
  search,
}: {
  links: RequirementLink[];
  versionId: string;
  search: VersionSearch;
}) {
  const { t } = useTranslation();
  const text = useCatalogText();
  return (
    <ul className="bk-counterparts">
      {links.map((link, index) => {
        const rel = link.knownRel
          ? t(`catalogs.oscal.rels.${link.knownRel}`)
          : (link.rel ?? t('catalogs.oscal.link'));
        const target = link.target;
        return (
          <li key={`${link.href}-${index}`}>
            {rel}：
            {target ? (
              <Link
                to="/catalogs/$versionId"
                params={{ versionId }}
                search={{ ...search, item: target.code }}
                resetScroll={false}
              >
                <span className="bk-mono">{itemLabel(target)}</span> {text.title(target)}
              </Link>
            ) : WEB_ADDRESS.test(link.href) ? (
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {link.text ?? link.href}
              </a>
            ) : (
              <span>{link.text ?? link.href}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
