import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form, FormError, SubmitRow, TextField } from '@bunkai/ui';
import { RequiredSelectField } from '../../components/required-select-field';
import { useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import type { ServiceType, SystemCategory } from '@bunkai/model';
import type { MedicalSystem } from '../../lib/types';
import { useSystemOptions } from './labels';

/** Adds a system, or edits `system` when given. */
export function SystemForm({
  system,
  onDone,
  onCancel,
}: {
  system?: MedicalSystem;
  onDone: (name: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = useSystemOptions();
  const [name, setName] = useState(system?.name ?? '');
  const [category, setCategory] = useState<SystemCategory | ''>(system?.category ?? '');
  const [serviceType, setServiceType] = useState<ServiceType | ''>(system?.serviceType ?? '');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.systems.list.queryKey() });
  const create = useMutation(
    trpc.systems.create.mutationOptions({
      onSuccess: (created) => {
        setName('');
        setCategory('');
        setServiceType('');
        onDone(created.name);
        return refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.systems.update.mutationOptions({
      onSuccess: (updated) => {
        onDone(updated.name);
        return refresh();
      },
    }),
  );
  const mutation = system ? update : create;
  const errors = useFormErrors(mutation.error, ['name', 'category', 'serviceType']);
  const chooseError = (path: string) => (errors.field(path) ? t('systems.choose') : undefined);

  const submit = () => {
    // Empty choices go to the server as they are; it answers with the field's message.
    const fields = {
      name,
      category: category as SystemCategory,
      serviceType: serviceType as ServiceType,
    };
    if (system) update.mutate({ systemId: system.id, ...fields });
    else create.mutate(fields);
  };

  return (
    <Form
      label={system ? `${t('common.edit')}: ${system.name}` : t('systems.addTitle')}
      onSubmit={submit}
    >
      <FormError message={errors.summary} />
      <TextField
        label={t('systems.name')}
        required
        value={name}
        onChange={setName}
        error={errors.field('name')}
      />
      <RequiredSelectField<SystemCategory>
        label={t('systems.category')}
        value={category}
        onChange={setCategory}
        options={options.categories}
        error={chooseError('category')}
      />
      <RequiredSelectField<ServiceType>
        label={t('systems.serviceType')}
        value={serviceType}
        onChange={setServiceType}
        options={options.serviceTypes}
        error={chooseError('serviceType')}
      />
      <SubmitRow label={system ? t('common.save') : t('systems.add')} pending={mutation.isPending}>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </SubmitRow>
    </Form>
  );
}
