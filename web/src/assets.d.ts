/** Study reports embedded as text by the build (tsup `loader: { '.yaml': 'text' }`). */
declare module '*.yaml' {
  const text: string;
  export default text;
}

/** The template workbook, made by the build (tsup.config.ts, plugin template-workbook), as base64. */
declare module 'virtual:template-workbook' {
  const base64: string;
  export default base64;
}
