import { createFileRoute } from '@tanstack/react-router';
import { PlaceholderPage } from '../components/placeholder-page';

export const Route = createFileRoute('/disclosures')({
  component: () => <PlaceholderPage section="disclosures" />,
});
