// wrangler bundles .ttf files as binary Data modules (wrangler.jsonc `rules`).
declare module "*.ttf" {
  const data: ArrayBuffer;
  export default data;
}
