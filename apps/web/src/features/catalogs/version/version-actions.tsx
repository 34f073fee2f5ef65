import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOG_FILE_FORMATS, nextVersionStatus, type CatalogFileFormat } from '@bunkai/model';
import { Button, ConfirmDialog, MenuButton, Notice } from '@bunkai/ui';
import { errorMessage } from '../../../lib/errors';
import { downloadFile } from '../../../lib/files';
import { useTRPC, useTRPCClient } from '../../../lib/trpc';
import type { Catalog, CatalogVersion } from '../../../lib/types';
import { useCatalogAccess } from '../../../lib/catalog-data';

/** 「エクスポート」: a menu of formats; the file downloads from the API's base64 answer. */
export function ExportMenu({ versionId, name }: { versionId: string; name: string }) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const exporting = useMutation({
    mutationFn: (format: CatalogFileFormat) => client.catalogs.export.query({ versionId, format }),
    onSuccess: downloadFile,
  });
  return (
    <>
      <MenuButton
        label={t('catalogs.export')}
        accessibleLabel={t('catalogs.actionOn', { action: t('catalogs.export'), name })}
        pending={exporting.isPending}
        items={CATALOG_FILE_FORMATS.map((format) => ({
          key: format,
          label: t(`catalogs.formats.${format}`),
          onSelect: () => {
            exporting.mutate(format);
          },
        }))}
      />
      {exporting.isError ? (
        <Notice tone="error">
          {t('catalogs.exportError', { message: errorMessage(exporting.error) })}
        </Notice>
      ) : null}
    </>
  );
}

/**
 * 「公開する」 for a draft, 「廃止する」 for a published version, each after a confirmation; shown
 * only to those allowed (the server enforces it and its refusal is shown).
 */
export function StatusAction({
  catalog,
  version,
  name,
}: {
  catalog: Pick<Catalog, 'private'>;
  version: Pick<CatalogVersion, 'id' | 'status'>;
  name: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const access = useCatalogAccess();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation(
    trpc.catalogs.setStatus.mutationOptions({
      onSuccess: async (result) => {
        setConfirming(false);
        setDone(
          result.status === 'published'
            ? t('catalogs.publishedDone', { name })
            : t('catalogs.retiredDone', { name }),
        );
        await queryClient.invalidateQueries({ queryKey: trpc.catalogs.pathKey() });
      },
      onError: () => {
        setConfirming(false);
      },
    }),
  );
  const next = nextVersionStatus(version.status);
  const notices = (
    <>
      {done ? <Notice tone="success">{done}</Notice> : null}
      {change.isError ? <Notice tone="error">{errorMessage(change.error)}</Notice> : null}
    </>
  );
  if (!access.canManage(catalog) || !next) return notices;
  const publish = next === 'published';
  const action = publish ? t('catalogs.publish') : t('catalogs.retire');
  return (
    <>
      <Button
        variant={publish ? 'primary' : 'danger'}
        aria-label={t('catalogs.actionOn', { action, name })}
        pending={change.isPending}
        onClick={() => {
          setDone(null);
          change.reset();
          setConfirming(true);
        }}
      >
        {action}
      </Button>
      {notices}
      {confirming ? (
        <ConfirmDialog
          title={
            publish ? t('catalogs.publishTitle', { name }) : t('catalogs.retireTitle', { name })
          }
          confirmLabel={action}
          cancelLabel={t('common.cancel')}
          tone={publish ? 'primary' : 'danger'}
          pending={change.isPending}
          onConfirm={() => {
            change.mutate({ versionId: version.id, status: next });
          }}
          onCancel={() => {
            setConfirming(false);
          }}
        >
          {publish ? t('catalogs.publishBody') : t('catalogs.retireBody')}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
