/** Where Backstory lives: the manifest's homepage, and where readers report a problem. */
export const REPOSITORY_URL = 'https://github.com/backstory-news/backstory';
