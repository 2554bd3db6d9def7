// wrangler bundles .woff2 files as binary Data modules (wrangler.jsonc `rules`).
declare module "*.woff2" {
  const data: ArrayBuffer;
  export default data;
}
