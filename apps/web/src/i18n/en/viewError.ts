import type { Messages } from '../messages';
import type ja from '../ja/viewError';

const viewError: Messages<typeof ja> = {
  viewError: { title: 'This view could not be shown', retry: 'Try again' },
};
export default viewError;
