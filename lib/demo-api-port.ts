/** The local demo API's default port (DEMO_API_PORT overrides it). Its own module so host lists need not import the config. */
export const DEMO_API_PORT = 4010;
