/** The project's public home: the one place its repository's address is written. */
export const REPOSITORY_URL = 'https://github.com/backstory-news/backstory';
