import type { Messages } from '../messages';
import type ja from '../ja/systems';

const systems: Messages<typeof ja> = {
  systems: {
    title: 'Systems',
    lead: 'Register your hospital’s medical information systems. You choose them when you invite a vendor.',
    name: 'System name',
    category: 'Category',
    serviceType: 'Service type',
    createdAt: 'Registered',
    actions: 'Actions',
    empty: 'No systems registered yet.',
    addTitle: 'Add a system',
    add: 'Add',
    added: 'System “{{name}}” added.',
    updated: 'System “{{name}}” updated.',
    readOnly: 'Administrators add and change systems.',
    choose: 'Choose one',
  },
};
export default systems;
