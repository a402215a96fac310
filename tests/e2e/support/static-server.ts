// The offline tests import the server from here; it is the shared one in tests/support.
/** The shared static server (tests/support/static-server.ts), under the names the offline tests use. */
export { startStaticServer, type StaticServer } from '../../support/static-server';
