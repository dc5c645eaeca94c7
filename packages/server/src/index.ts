/** Zorgvuldig server: HTTP API and web app host. (Being built.) */
export const SERVER_PLACEHOLDER = true;
