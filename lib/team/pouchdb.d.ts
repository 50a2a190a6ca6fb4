// pouchdb-core and pouchdb-adapter-http 9 ship no types; lib/team/remote.ts narrows what it uses (RemoteDb).
declare module 'pouchdb-core' {
  interface PouchStatic {
    new (name: string, opts?: Record<string, unknown>): unknown;
    plugin(plugin: unknown): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
