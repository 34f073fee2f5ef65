import { useMutation, useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  Button,
  ButtonRow,
  Card,
  Form,
  FormError,
  Notice,
  SubmitRow,
  TextField,
} from '@bunkai/ui';
import { useFormErrors } from '../../lib/errors';
import { useSession } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { PasswordField } from '../../components/credential-fields';

interface Enrolment {
  secret: string;
  /** The otpauth:// URI as a QR code image (data: URL). */
  qrCode: string;
}

/** Turns on TOTP: QR code (or the key by hand), first code, then the recovery codes once. */
export function MfaCard() {
  const { t } = useTranslation();
  const session = useSession();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [currentPassword, setCurrentPassword] = useState('');
  const trpc = useTRPC();
  const start = useMutation(
    trpc.account.startMfaEnrolment.mutationOptions({
      onSuccess: async ({ uri, secret }) => {
        setCurrentPassword('');
        const qrCode = await QRCode.toDataURL(uri, { margin: 1, width: 200 });
        setEnrolment({ secret, qrCode });
      },
    }),
  );
  const startErrors = useFormErrors(start.error, ['currentPassword']);
  const enabled = session?.user.mfaEnabled === true;

  let body;
  if (recoveryCodes) {
    body = (
      <RecoveryCodes
        codes={recoveryCodes}
        onStored={() => {
          setRecoveryCodes(null);
        }}
      />
    );
  } else if (enrolment) {
    body = (
      <EnrolmentSteps
        enrolment={enrolment}
        onCancel={() => {
          setEnrolment(null);
        }}
        onConfirmed={(codes) => {
          setEnrolment(null);
          setRecoveryCodes(codes);
        }}
      />
    );
  } else if (enabled) {
    body = <p>{t('account.mfa.enabledText')}</p>;
  } else {
    body = (
      <>
        <p>{t('account.mfa.disabledText')}</p>
        <Form
          label={t('account.mfa.start')}
          onSubmit={() => {
            start.mutate({ currentPassword });
          }}
        >
          <FormError message={startErrors.summary} />
          <PasswordField
            label={t('account.mfa.currentPassword')}
            purpose="current"
            value={currentPassword}
            onChange={setCurrentPassword}
            error={startErrors.field('currentPassword')}
          />
          <SubmitRow label={t('account.mfa.start')} pending={start.isPending} />
        </Form>
      </>
    );
  }

  return (
    <Card title={t('account.mfa.title')} id="mfa">
      <p>
        {enabled ? (
          <Badge tone="success">{t('account.mfa.enabled')}</Badge>
        ) : (
          <Badge tone="warning">{t('account.mfa.disabled')}</Badge>
        )}
      </p>
      {body}
    </Card>
  );
}

function EnrolmentSteps({
  enrolment,
  onCancel,
  onConfirmed,
}: {
  enrolment: Enrolment;
  onCancel: () => void;
  onConfirmed: (recoveryCodes: string[]) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const confirm = useMutation(
    trpc.account.confirmMfaEnrolment.mutationOptions({
      onSuccess: ({ recoveryCodes }) => {
        onConfirmed(recoveryCodes);
        // The session now has its second factor: pages refused for want of MFA work again.
        void queryClient.invalidateQueries();
      },
    }),
  );
  const errors = useFormErrors(confirm.error, ['code']);
  return (
    <>
      <p>{t('account.mfa.step1')}</p>
      <img className="bk-qr" src={enrolment.qrCode} alt={t('account.mfa.qrAlt')} />
      <p>{t('account.mfa.manual')}</p>
      <p>
        {t('account.mfa.secret')}: <code className="bk-mono">{enrolment.secret}</code>
      </p>
      <p>{t('account.mfa.step2')}</p>
      <Form
        label={t('account.mfa.title')}
        onSubmit={() => {
          confirm.mutate({ code: code.trim() });
        }}
      >
        <FormError message={errors.summary} />
        <TextField
          label={t('account.mfa.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          value={code}
          onChange={setCode}
          error={errors.field('code')}
        />
        <SubmitRow label={t('account.mfa.confirm')} pending={confirm.isPending}>
          <Button variant="secondary" onClick={onCancel} disabled={confirm.isPending}>
            {t('account.mfa.cancel')}
          </Button>
        </SubmitRow>
      </Form>
    </>
  );
}

function RecoveryCodes({ codes, onStored }: { codes: string[]; onStored: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <Notice tone="success">{t('account.mfa.done')}</Notice>
      <h3>{t('account.mfa.recoveryTitle')}</h3>
      <Notice tone="warning">{t('account.mfa.recoveryWarning')}</Notice>
      <ul className="bk-codes bk-mono" aria-label={t('account.mfa.recoveryTitle')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <ButtonRow>
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard.writeText(codes.join('\n')).then(() => {
              setCopied(true);
            });
          }}
        >
          {copied ? t('account.mfa.copied') : t('account.mfa.copy')}
        </Button>
        <Button onClick={onStored}>{t('account.mfa.recoveryStored')}</Button>
      </ButtonRow>
    </>
  );
}
