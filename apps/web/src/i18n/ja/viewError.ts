/** What a view that failed to draw says, in both languages: bundled with the app, never fetched (the failure may be the fetch). */
export default {
  viewError: { title: 'この画面を表示できませんでした', retry: 'もう一度表示する' },
} as const;
