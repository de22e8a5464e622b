/** Study reports embedded as text by the build (tsup `loader: { '.yaml': 'text' }`). */
declare module '*.yaml' {
  const text: string;
  export default text;
}
