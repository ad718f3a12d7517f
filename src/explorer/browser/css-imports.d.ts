// Stylesheets imported from scripts are bundled by esbuild into graphiql.css.
declare module "*.css";
