import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  Button,
  ButtonRow,
  Card,
  Dialog,
  Form,
  FormError,
  Muted,
  Notice,
  ProgressBar,
  SelectField,
  SubmitRow,
  Table,
} from '@bunkai/ui';
import { RequiredSelectField } from '../../components/required-select-field';
import { errorMessage, useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import type { Workspace } from '../../lib/types';
import { useCatalogs } from '../../lib/catalog-data';
import { useCatalogText } from '../../components/catalog-labels';
import { MyWorkspacesPage } from '../../components/my-workspaces';
import { CombinedSystemsCard } from '../../components/combined-view-link';
import { waitingForMeOf } from '@bunkai/model';
import type { MatrixSummary } from './types';
import './matrix.css';

/** `/matrix`: the workspaces of my organization, each with its matrices. */
export function MatrixListPage() {
  const { t } = useTranslation();
  return (
    <MyWorkspacesPage
      title={t('matrix.title')}
      lead={t('matrix.lead')}
      kindRefusal={t('matrix.coordinator')}
    >
      {(workspaces, organization) => (
        <>
          {workspaces.map((workspace) => (
            <WorkspaceMatrices
              key={workspace.id}
              workspace={workspace}
              canCreate={organization.role !== 'viewer'}
            />
          ))}
          <CombinedSystemsCard />
        </>
      )}
    </MyWorkspacesPage>
  );
}

function WorkspaceMatrices({ workspace, canCreate }: { workspace: Workspace; canCreate: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const catalogText = useCatalogText();
  const matrices = useQuery(trpc.matrix.list.queryOptions({ workspaceId: workspace.id }));
  const [creating, setCreating] = useState(false);
  const name = t('matrix.list.workspace', {
    hospital: workspace.hospital.name,
    vendor: workspace.vendor.name,
  });
  const withoutMatrix = workspace.systems.filter(
    (system) => !matrices.data?.some((matrix) => matrix.system.id === system.id),
  );
  const counterpart =
    workspace.side === 'hospital'
      ? t('workspaces.counterpartVendor')
      : t('workspaces.counterpartHospital');
  return (
    <Card title={name} id={`workspace-${workspace.id}`}>
      {matrices.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : matrices.isError ? (
        <Notice tone="error">{errorMessage(matrices.error)}</Notice>
      ) : matrices.data.length === 0 ? (
        <Muted>{t('matrix.list.noMatrices')}</Muted>
      ) : (
        <Table<MatrixSummary>
          caption={t('matrix.list.caption', { workspace: name })}
          rows={matrices.data}
          rowKey={(matrix) => matrix.id}
          columns={[
            {
              key: 'system',
              header: t('matrix.list.system'),
              cell: (matrix) => (
                <Link
                  to="/matrix/$workspaceId/$matrixId"
                  params={{ workspaceId: workspace.id, matrixId: matrix.id }}
                >
                  {matrix.system.name}
                </Link>
              ),
            },
            {
              key: 'counterpart',
              header: counterpart,
              cell: (matrix) =>
                matrix.side === 'hospital' ? matrix.vendor.name : matrix.hospital.name,
            },
            {
              key: 'catalog',
              header: t('matrix.list.catalog'),
              cell: (matrix) => catalogText.versionName(matrix.catalog, matrix.catalog.label),
            },
            {
              key: 'progress',
              header: t('matrix.list.progress'),
              cell: (matrix) => <Progress matrix={matrix} />,
            },
            {
              key: 'waiting',
              header: t('matrix.list.waitingForMe'),
              nowrap: true,
              cell: (matrix) => {
                const count = waitingForMeOf(matrix.counts, matrix.side);
                return count > 0 ? (
                  <Badge tone="warning">{t('matrix.list.rows', { count })}</Badge>
                ) : (
                  t('matrix.list.rows', { count })
                );
              },
            },
            {
              key: 'signed',
              header: '',
              cell: (matrix) =>
                matrix.signed ? (
                  matrix.signed.current ? (
                    <Badge tone="success">{t('matrix.list.signed')}</Badge>
                  ) : (
                    <Badge tone="warning">{t('matrix.list.signedStale')}</Badge>
                  )
                ) : null,
            },
          ]}
        />
      )}
      {canCreate && matrices.data ? (
        withoutMatrix.length > 0 ? (
          <div className="bk-inline-actions">
            <ButtonRow>
              <Button
                aria-label={t('matrix.create.actionFor', { workspace: name })}
                onClick={() => {
                  setCreating(true);
                }}
              >
                {t('matrix.create.action')}
              </Button>
            </ButtonRow>
          </div>
        ) : workspace.systems.length > 0 ? (
          <Muted>{t('matrix.list.allCreated')}</Muted>
        ) : null
      ) : null}
      {creating ? (
        <CreateMatrixDialog
          workspace={workspace}
          workspaceName={name}
          systems={withoutMatrix}
          onClose={() => {
            setCreating(false);
          }}
        />
      ) : null}
    </Card>
  );
}

function Progress({ matrix }: { matrix: MatrixSummary }) {
  const { t } = useTranslation();
  const label = t('matrix.list.progressText', {
    percent: matrix.counts.agreedPercent,
    agreed: matrix.counts.byStatus.agreed,
    total: matrix.counts.total,
  });
  return (
    <div className="bk-progress-cell">
      <ProgressBar
        value={matrix.counts.agreedPercent}
        label={t('matrix.list.progressOf', { system: matrix.system.name })}
        valueText={label}
      />
      <span className="bk-sub">{label}</span>
    </div>
  );
}

/** MHLW's safety management guideline 6.0 is what most matrices start from. */
const DEFAULT_CATALOG = { code: 'mhlw-gl', label: '6.0' };

function CreateMatrixDialog({
  workspace,
  workspaceName,
  systems,
  onClose,
}: {
  workspace: Workspace;
  workspaceName: string;
  systems: Workspace['systems'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const catalogText = useCatalogText();
  const catalogs = useCatalogs();
  const [systemId, setSystemId] = useState(systems.length === 1 ? (systems[0]?.id ?? '') : '');
  const [chosenVersion, setChosenVersion] = useState('');
  const versions = (catalogs.data ?? []).flatMap((catalog) =>
    catalog.versions
      .filter((version) => version.status === 'published')
      .map((version) => ({
        value: version.id,
        label: catalogText.versionName(catalog, version.label),
        isDefault: catalog.code === DEFAULT_CATALOG.code && version.label === DEFAULT_CATALOG.label,
      })),
  );
  const versionId =
    chosenVersion || (versions.find((v) => v.isDefault) ?? versions[0])?.value || '';
  const create = useMutation(
    trpc.matrix.create.mutationOptions({
      onSuccess: async ({ matrixId }) => {
        await queryClient.invalidateQueries({
          queryKey: trpc.matrix.list.queryKey({ workspaceId: workspace.id }),
        });
        onClose();
        await navigate({
          to: '/matrix/$workspaceId/$matrixId',
          params: { workspaceId: workspace.id, matrixId },
        });
      },
    }),
  );
  const errors = useFormErrors(create.error, ['systemId', 'catalogVersionId']);
  return (
    <Dialog title={t('matrix.create.title')} onClose={onClose}>
      <p>{t('matrix.create.workspace', { workspace: workspaceName })}</p>
      {catalogs.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : versions.length === 0 ? (
        <Notice tone="warning">{t('matrix.create.noCatalog')}</Notice>
      ) : null}
      <Form
        label={t('matrix.create.title')}
        onSubmit={() => {
          create.mutate({ workspaceId: workspace.id, systemId, catalogVersionId: versionId });
        }}
      >
        <FormError message={errors.summary} />
        <RequiredSelectField
          label={t('matrix.create.system')}
          value={systemId}
          options={systems.map((system) => ({ value: system.id, label: system.name }))}
          error={errors.field('systemId')}
          onChange={setSystemId}
        />
        <SelectField
          label={t('matrix.create.catalog')}
          hint={t('matrix.create.catalogHint')}
          value={versionId}
          options={versions.map(({ value, label }) => ({ value, label }))}
          error={errors.field('catalogVersionId')}
          onChange={setChosenVersion}
        />
        <SubmitRow
          label={t('matrix.create.submit')}
          pending={create.isPending}
          disabled={!systemId || !versionId}
        >
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </SubmitRow>
      </Form>
    </Dialog>
  );
}
